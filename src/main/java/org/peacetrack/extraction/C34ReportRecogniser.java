package org.peacetrack.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the Special Committee's report (A/xx/19). Its paragraphs are numbered through the whole
 * report; the recommendations are those in the chapter "Proposals, recommendations and conclusions",
 * each with its operative verb and addressee where it opens with "The Special Committee".
 */
final class C34ReportRecogniser implements Recogniser {

    private static final Pattern RECOMMENDATIONS_CHAPTER = Pattern.compile(
            "^([IVXL]{1,6})\\.\\s+Proposals, recommendations and conclusions$", Pattern.CASE_INSENSITIVE);
    private static final String COMMITTEE = "Special Committee";

    @Override
    public DocumentKind kind() {
        return DocumentKind.C34_REPORT;
    }

    @Override
    public boolean accepts(List<String> blocks) {
        return chapter(blocks).isPresent() && blocks.stream().anyMatch(b -> b.contains(COMMITTEE));
    }

    @Override
    public Extraction recognise(List<String> blocks) {
        String chapter = chapter(blocks).orElseThrow(() -> new UnrecognisedDocumentException(
                "The report has no chapter \"Proposals, recommendations and conclusions\""));
        NumberedParagraphs read = NumberedParagraphs.read(blocks);
        List<String> warnings = new ArrayList<>(read.warnings());
        List<ExtractedParagraph> inChapter = read.paragraphs().stream()
                .filter(p -> p.sectionPath().get(0).equals(chapter)).map(C34ReportRecogniser::withOperativeClause)
                .toList();
        if (inChapter.isEmpty()) {
            throw new UnrecognisedDocumentException("The chapter of recommendations has no numbered paragraphs");
        }
        ReportFacts front = ReportFacts.of(blocks);
        DocumentFacts facts = new DocumentFacts(DocumentKind.C34_REPORT,
                front.title().orElse("Report of the Special Committee on Peacekeeping Operations"),
                front.date().orElse(null), null, front.symbol().orElse(null), front.session().orElse(null),
                front.language());
        return new Extraction(facts, List.of(), inChapter, warnings);
    }

    private static ExtractedParagraph withOperativeClause(ExtractedParagraph p) {
        OperativeClause clause = OperativeClause.of(p.text());
        return clause == null ? p : new ExtractedParagraph(p.number(), p.sectionPath(), p.heading(), p.title(),
                p.text(), clause.verb(), clause.addressee(), p.subsectionHeading());
    }

    private static Optional<String> chapter(List<String> blocks) {
        return blocks.stream().map(b -> RECOMMENDATIONS_CHAPTER.matcher(InlineMarkup.heading(b)))
                .filter(Matcher::matches).map(m -> m.group(1)).findFirst();
    }
}
