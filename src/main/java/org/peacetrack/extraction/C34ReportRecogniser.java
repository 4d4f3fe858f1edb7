package org.peacetrack.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peacetrack.documents.DocumentKind;

/**
 * Recognises the Special Committee's report (A/xx/19) by what it says it is ("Report of the Special
 * Committee on Peacekeeping Operations", "Supplement No. 19"). Its paragraphs are numbered through the
 * whole report; the recommendations are those in the chapter "Proposals, recommendations and conclusions",
 * written "IV. Proposals, ..." or "Chapter IV" above the title, each with its operative verb and addressee
 * where it opens with "The Special Committee". A session that agreed on no recommendations has no such
 * chapter: its report is still this kind, with no recommendations and a warning that says so.
 */
final class C34ReportRecogniser implements Recogniser {

    static final String NO_RECOMMENDATIONS = "The report has no chapter \"Proposals, recommendations and conclusions\":"
            + " the Special Committee adopted no recommendations at this session";
    private static final Pattern RECOMMENDATIONS_CHAPTER = Pattern.compile(
            "^([IVXL]{1,6})\\.\\s+Proposals, recommendations and conclusions$", Pattern.CASE_INSENSITIVE);

    @Override
    public DocumentKind kind() {
        return DocumentKind.C34_REPORT;
    }

    @Override
    public boolean accepts(List<String> blocks) {
        return SelfDescription.isC34Report(blocks, Masthead.read(blocks));
    }

    @Override
    public Extraction recognise(List<String> original) {
        List<String> blocks = ChapterHeadings.asOutline(original);
        Optional<String> chapter = chapter(blocks);
        if (chapter.isEmpty() && !accepts(original)) {
            throw new UnrecognisedDocumentException("Not a report of the Special Committee: it does not say so on its"
                    + " cover and has no chapter \"Proposals, recommendations and conclusions\"");
        }
        NumberedParagraphs read = NumberedParagraphs.read(blocks);
        List<String> warnings = new ArrayList<>(read.warnings());
        List<ExtractedParagraph> inChapter = read.paragraphs().stream()
                .filter(p -> chapter.isPresent() && p.sectionPath().get(0).equals(chapter.get()))
                .map(C34ReportRecogniser::withOperativeClause).toList();
        if (chapter.isEmpty()) {
            warnings.add(NO_RECOMMENDATIONS);
        } else if (inChapter.isEmpty()) {
            warnings.add("The chapter \"Proposals, recommendations and conclusions\" has no numbered paragraphs:"
                    + " no recommendations were read");
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
