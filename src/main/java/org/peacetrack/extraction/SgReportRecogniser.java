package org.peacetrack.extraction;

import java.util.ArrayList;
import java.util.List;
import org.peacetrack.documents.DocumentKind;

/**
 * Recognises the Secretary-General's report on the implementation of the Special Committee's
 * recommendations, by its title or summary: consecutively numbered paragraphs under Roman sections,
 * lettered subsections and numbered sub-headings. Accepts both the Markdown-ish conversion and the PDF
 * text wrapped line by line; repairs split words where the document confirms them.
 */
final class SgReportRecogniser implements Recogniser {

    private static final int FEWEST_PARAGRAPHS = 10;

    @Override
    public DocumentKind kind() {
        return DocumentKind.SG_REPORT;
    }

    @Override
    public boolean accepts(List<String> blocks) {
        return SelfDescription.isSgImplementationReport(blocks)
                && NumberedParagraphs.read(blocks).paragraphs().size() >= FEWEST_PARAGRAPHS;
    }

    @Override
    public Extraction recognise(List<String> blocks) {
        NumberedParagraphs read = NumberedParagraphs.read(blocks);
        if (read.paragraphs().isEmpty()) {
            throw new UnrecognisedDocumentException("The report has no numbered paragraphs under numbered sections");
        }
        List<String> warnings = new ArrayList<>(read.warnings());
        List<ExtractedParagraph> paragraphs = read.paragraphs();
        ReportFacts front = ReportFacts.of(blocks);
        DocumentFacts facts = new DocumentFacts(DocumentKind.SG_REPORT,
                front.title().orElse("Report of the Secretary-General"), front.date().orElse(null), null,
                front.symbol().orElse(null), front.session().orElse(null), front.language());
        return new Extraction(facts, List.of(), paragraphs, warnings);
    }
}
