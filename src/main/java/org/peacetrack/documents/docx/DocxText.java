package org.peacetrack.documents.docx;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;
import org.peacetrack.documents.SourceFormat;
import org.peacetrack.documents.SourceText;
import org.peacetrack.documents.format.Blocks;

/**
 * Walks one Word document as Word shows it: the first page's header (the masthead) first, then paragraphs
 * with their automatic list numbers, headings (Heading n styles become n hashes), tables in document order,
 * superscript runs, footnote marks and page breaks; the footnote and endnote texts come last. A table row
 * whose first cell is a paragraph number (the addendum's matrix) becomes {@code NN<sup>a</sup> first
 * paragraph}, the cell's further paragraphs following as blocks.
 */
final class DocxText {

    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)^heading\\s*(\\d)$");
    private static final Pattern ENTRY_NUMBER = Pattern.compile("^\\d{1,4}(?:<sup>[^<]{1,8}</sup>)*$");

    private final XWPFDocument document;
    private final DocxNumbering numbering;
    private final DocxNotes notes;
    private final Blocks out = new Blocks();

    DocxText(XWPFDocument document) {
        this.document = document;
        this.numbering = new DocxNumbering(document);
        this.notes = new DocxNotes(document);
    }

    SourceText read() {
        DocxMasthead.lines(document).forEach(out::block);
        body(document.getBodyElements());
        noteTexts();
        return out.toSourceText(SourceFormat.DOCX);
    }

    private void body(List<IBodyElement> elements) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraph(paragraph, "");
            } else if (element instanceof XWPFTable table) {
                table(table);
            } else if (element instanceof XWPFSDT sdt) {
                out.block(sdt.getContent().getText());
            }
        }
    }

    /** Emits the paragraph, the prefix before its text; answers whether it held any text. */
    private boolean paragraph(XWPFParagraph paragraph, String prefix) {
        if (paragraph.isPageBreak()) {
            out.pageEnd();
        }
        int level = headingLevel(paragraph);
        DocxInline inline = new DocxInline(notes, numbering.label(paragraph).orElse(""));
        boolean wrote = false;
        for (IRunElement element : paragraph.getIRuns()) {
            if (element instanceof XWPFRun run && hasPageBreak(run)) {
                wrote |= emit(level, wrote ? "" : prefix, inline.take());
                out.pageEnd();
            }
            inline.add(element);
        }
        return emit(level, wrote ? "" : prefix, inline.take()) | wrote;
    }

    private boolean emit(int level, String prefix, String text) {
        if (text.isBlank()) {
            return false;
        }
        if (level > 0 && prefix.isEmpty()) {
            out.heading(level, text);
        } else {
            out.block(prefix + text.strip());
        }
        return true;
    }

    private void table(XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
            List<XWPFTableCell> cells = row.getTableCells();
            Optional<String> number = cells.size() >= 2 ? entryNumber(cells.get(0)) : Optional.empty();
            for (int i = number.isPresent() ? 1 : 0; i < cells.size(); i++) {
                cell(cells.get(i), i == 1 && number.isPresent() ? number.get() + " " : "");
            }
        }
    }

    private void cell(XWPFTableCell cell, String prefix) {
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                prefix = paragraph(paragraph, prefix) ? "" : prefix;
            } else if (element instanceof XWPFTable nested) {
                table(nested);
            }
        }
        out.block(prefix);
    }

    /** A cell holding only a paragraph number and superscript marks; never one with a list number or a note. */
    private Optional<String> entryNumber(XWPFTableCell cell) {
        StringBuilder text = new StringBuilder();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            if (paragraph.getRuns().stream().anyMatch(DocxRunText::isNoteReference)
                    || new DocxParagraphStyles(document).numbering(paragraph).isPresent()) {
                return Optional.empty();
            }
            DocxInline inline = new DocxInline(notes, "");
            paragraph.getRuns().forEach(inline::add);
            text.append(inline.take());
        }
        String number = text.toString().replaceAll("\\s+", "");
        return ENTRY_NUMBER.matcher(number).matches() ? Optional.of(number) : Optional.empty();
    }

    private void noteTexts() {
        List<DocxNotes.Referenced> referenced = notes.referenced();
        if (!referenced.isEmpty()) {
            out.pageEnd();
        }
        for (DocxNotes.Referenced note : referenced) {
            notes.note(note).ifPresent(content -> out.block(noteText(note.mark(), content)));
        }
    }

    /** The note's own mark (w:footnoteRef) is dropped: the definition starts with the mark Word shows. */
    private String noteText(String mark, XWPFAbstractFootnoteEndnote content) {
        StringBuilder text = new StringBuilder(mark.isEmpty() ? "" : "<sup>" + mark + "</sup> ");
        for (XWPFParagraph paragraph : content.getParagraphs()) {
            DocxInline inline = new DocxInline(notes, "");
            paragraph.getIRuns().forEach(inline::add);
            text.append(inline.take().strip()).append(' ');
        }
        return text.toString().strip();
    }

    private static boolean hasPageBreak(XWPFRun run) {
        for (CTBr br : run.getCTR().getBrList()) {
            if (br.isSetType() && br.getType() == STBrType.PAGE) {
                return true;
            }
        }
        return false;
    }

    private int headingLevel(XWPFParagraph paragraph) {
        String styleId = paragraph.getStyleID();
        if (styleId == null) {
            return 0;
        }
        XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(styleId);
        String name = style != null && style.getName() != null ? style.getName() : styleId;
        if (name.equalsIgnoreCase("Title")) {
            return 1;
        }
        Matcher m = HEADING_STYLE.matcher(name.replaceAll("(?i)(heading)(\\d)", "$1 $2"));
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }
}
