package org.peacetrack.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.peacetrack.documents.DocumentKind;

/**
 * Any other United Nations document with text: a mission report, a budget, an Advisory Committee report,
 * a note or an agenda. It keeps the document's numbered paragraphs, or where it has none every block in
 * order, numbered by position and said so; symbol, date and title come from the masthead.
 */
final class UnDocumentRecogniser implements Recogniser {

    private static final Pattern UN_NAMES = Pattern.compile(
            "\\b(?:United Nations|General Assembly|Security Council|Secretary-General|Economic and Social Council)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int FRONT_BLOCKS = 10;

    @Override
    public DocumentKind kind() {
        return DocumentKind.UN_DOCUMENT;
    }

    @Override
    public boolean accepts(List<String> blocks) {
        Masthead masthead = Masthead.read(blocks);
        boolean stated = masthead.symbol() != null || masthead.date() != null || masthead.session() != null
                || masthead.distribution() != null;
        return stated || blocks.stream().limit(FRONT_BLOCKS).map(InlineMarkup::plain).anyMatch(b -> UN_NAMES.matcher(b).find());
    }

    @Override
    public Extraction recognise(List<String> original) {
        List<String> blocks = ChapterHeadings.asOutline(original);
        NumberedParagraphs read = NumberedParagraphs.read(blocks);
        if (read.paragraphs().isEmpty()) {
            read = NumberedParagraphs.readWithoutSections(blocks);
        }
        List<String> warnings = new ArrayList<>(read.warnings());
        List<ExtractedParagraph> paragraphs = read.paragraphs().isEmpty() ? inOrder(blocks, warnings) : read.paragraphs();
        if (paragraphs.isEmpty()) {
            throw new UnrecognisedDocumentException("The document has no text");
        }
        ReportFacts front = ReportFacts.of(blocks);
        String title = Masthead.read(blocks).title().orElse(InlineMarkup.heading(original.get(0)));
        DocumentFacts facts = new DocumentFacts(DocumentKind.UN_DOCUMENT, title, null, null,
                front.symbol().orElse(null), front.session().orElse(null), front.language());
        return new Extraction(facts, List.of(), paragraphs, warnings);
    }

    private static List<ExtractedParagraph> inOrder(List<String> blocks, List<String> warnings) {
        List<ExtractedParagraph> paragraphs = new ArrayList<>();
        for (String block : blocks) {
            String plain = InlineMarkup.plain(block);
            boolean footnote = block.startsWith("<sup>") || block.startsWith("*");
            if (!plain.isEmpty() && (footnote || !LayoutArtefacts.isArtefact(block))) {
                paragraphs.add(new ExtractedParagraph(paragraphs.size() + 1, List.of(), null, null, plain));
            }
        }
        if (!paragraphs.isEmpty()) {
            warnings.add("The document has no numbered paragraphs: its " + paragraphs.size()
                    + " blocks are kept in order and numbered by their position");
        }
        return paragraphs;
    }
}
