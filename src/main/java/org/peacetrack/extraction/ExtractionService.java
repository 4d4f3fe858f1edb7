package org.peacetrack.extraction;

import java.util.List;
import java.util.Optional;
import org.peacetrack.documents.DocumentKind;
import org.peacetrack.reference.ReferenceData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The extraction facade: turns a document's text into structured records. Stateless and free of
 * infrastructure, so the CLI's dry run can use it without a database.
 */
@Service
public class ExtractionService {

    private final List<Recogniser> recognisers;
    private final Recogniser anyDocument = new UnDocumentRecogniser();

    @Autowired
    public ExtractionService(ReferenceData reference) {
        MentionFinder mentions = new MentionFinder(reference);
        recognisers = List.of(new AddendumRecogniser(mentions), new C34ReportRecogniser(), new PrioritiesRecogniser(),
                new InitiativesRecogniser(), new SgReportRecogniser(), anyDocument);
    }

    /** For callers without a Spring context, such as the CLI's dry run and tests. */
    public ExtractionService() {
        this(ReferenceData.shared());
    }

    /**
     * Recognises the kind from what the document says it is; a document that is none of the Special
     * Committee's cycle is a {@link DocumentKind#UN_DOCUMENT}. Refuses only a document without text.
     */
    public Extraction extract(String text) {
        List<String> blocks = TextBlocks.of(text);
        Recogniser recogniser = recognisers.stream().filter(r -> r.accepts(blocks)).findFirst()
                .orElseThrow(() -> new UnrecognisedDocumentException("Not a recognisable document: it is none of the"
                        + " kinds of the Special Committee's cycle, and it states no United Nations symbol, date or organ"));
        return withMasthead(recogniser.recognise(blocks), blocks);
    }

    /** Uses the recogniser of the given kind, as a user's override of the automatic choice. */
    public Extraction extract(String text, DocumentKind kind) {
        Optional<Recogniser> recogniser = recognisers.stream().filter(r -> r.kind() == kind).findFirst();
        List<String> blocks = TextBlocks.of(text);
        return withMasthead(recogniser.orElseThrow(() -> new UnrecognisedDocumentException("No recogniser for " + kind + " yet"))
                .recognise(blocks), blocks);
    }

    /**
     * The logical blocks the recognisers read: blank-line separated blocks, or paragraphs re-flowed where
     * the text was wrapped line by line. Renditions of a document into other formats start from these.
     */
    public List<String> blocks(String text) {
        return TextBlocks.of(text);
    }

    private static Extraction withMasthead(Extraction found, List<String> blocks) {
        DocumentFacts facts = found.document().withMasthead(Masthead.read(blocks));
        return new Extraction(facts, found.entries(), found.paragraphs(), found.warnings());
    }
}
