package org.peacetrack.extraction;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
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

    @Autowired
    public ExtractionService(ReferenceData reference) {
        MentionFinder mentions = new MentionFinder(reference);
        // Most specific first: the SG report accepts any numbered report, so it comes last.
        recognisers = List.of(new AddendumRecogniser(mentions), new C34ReportRecogniser(), new PrioritiesRecogniser(),
                new InitiativesRecogniser(), new SgReportRecogniser());
    }

    /** For callers without a Spring context, such as the CLI's dry run and tests. */
    public ExtractionService() {
        this(ReferenceData.shared());
    }

    /** Recognises the kind automatically. */
    public Extraction extract(String text) {
        List<String> blocks = TextBlocks.of(text);
        Recogniser recogniser = recognisers.stream().filter(r -> r.accepts(blocks)).findFirst()
                .orElseThrow(() -> new UnrecognisedDocumentException(
                        "Not a recognisable document: it is none of the known kinds (" + knownKinds() + ")"));
        return recogniser.recognise(blocks);
    }

    /** Uses the recogniser of the given kind, as a user's override of the automatic choice. */
    public Extraction extract(String text, DocumentKind kind) {
        Optional<Recogniser> recogniser = recognisers.stream().filter(r -> r.kind() == kind).findFirst();
        return recogniser.orElseThrow(() -> new UnrecognisedDocumentException("No recogniser for " + kind + " yet"))
                .recognise(TextBlocks.of(text));
    }

    /**
     * The logical blocks the recognisers read: blank-line separated blocks, or paragraphs re-flowed where
     * the text was wrapped line by line. Renditions of a document into other formats start from these.
     */
    public List<String> blocks(String text) {
        return TextBlocks.of(text);
    }

    private String knownKinds() {
        return recognisers.stream().map(r -> r.kind().name()).collect(Collectors.joining(", "));
    }
}
