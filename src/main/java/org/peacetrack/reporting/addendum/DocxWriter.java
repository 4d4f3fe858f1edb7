package org.peacetrack.reporting.addendum;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.springframework.stereotype.Component;

/**
 * The addendum as Word holds the Secretary-General's: Times New Roman, the masthead, the matrix as a real
 * two-column table whose header row repeats on every page (each theme a row across both columns in Heading 2),
 * the footnote marks as superscripts and the notes under the table; the symbol heads every page and the
 * footer numbers it. POI builds the document in memory: Word's format cannot be streamed row by row.
 */
@Component
public class DocxWriter {

    private static final int BODY = 10;
    private static final String NUMBER_WIDTH = "14%";
    private static final String TEXT_WIDTH = "86%";

    public void write(Addendum addendum, OutputStream out) {
        try (XWPFDocument document = new XWPFDocument()) {
            DocxStyles.apply(document);
            AddendumHead head = addendum.head();
            pageHeaderAndFooter(document, head.runningHead());
            masthead(document, head);
            matrix(document, addendum);
            for (AddendumFootnote note : addendum.footnotes()) {
                XWPFParagraph paragraph = document.createParagraph();
                superscript(paragraph, note.mark(), 8);
                run(paragraph, " " + note.text(), 8).setItalic(note.missing());
            }
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void masthead(XWPFDocument document, AddendumHead head) {
        heading(document.createParagraph(), 1, head.organ());
        plain(document, head.distribution());
        plain(document, head.date());
        plain(document, head.language());
        heading(document.createParagraph(), 2, head.session());
        if (head.agendaItem() != null) {
            plain(document, head.agendaItem());
        }
        run(document.createParagraph(), head.agendaTitle(), BODY).setBold(true);
        heading(document.createParagraph(), 2, head.title());
        heading(document.createParagraph(), 3, head.byline());
        heading(document.createParagraph(), 4, head.addendum());
        heading(document.createParagraph(), 5, head.summaryHeading());
        XWPFParagraph summary = plain(document, head.summary());
        summary.setAlignment(ParagraphAlignment.BOTH);
    }

    private static void matrix(XWPFDocument document, Addendum addendum) {
        XWPFTable table = document.createTable(1, 2);
        table.setWidth("100%");
        DocxStyles.noBorders(table);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        XWPFParagraph label = header.getCell(0).getParagraphs().get(0);
        List<String> lines = addendum.head().columnHeader();
        XWPFRun run = run(label, lines.get(0), 8);
        run.setItalic(true);
        for (String line : lines.subList(1, lines.size())) {
            run.addBreak();
            run.setText(line);
        }
        header.getCell(0).setWidth(NUMBER_WIDTH);
        header.getCell(1).setWidth(TEXT_WIDTH);
        for (AddendumSection section : addendum.sections()) {
            XWPFTableCell cell = table.createRow().getCell(0);
            cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            cell.getTableRow().getCtRow().removeTc(1);
            heading(cell.getParagraphs().get(0), 2, section.heading());
            for (AddendumRow row : section.rows()) {
                row(table.createRow(), row);
            }
        }
    }

    private static void row(XWPFTableRow tableRow, AddendumRow row) {
        XWPFParagraph number = tableRow.getCell(0).getParagraphs().get(0);
        run(number, String.valueOf(row.number()), BODY);
        row.marks().forEach(mark -> superscript(number, mark, BODY));
        XWPFTableCell status = tableRow.getCell(1);
        for (int i = 0; i < row.paragraphs().size(); i++) {
            XWPFParagraph paragraph = i == 0 ? status.getParagraphs().get(0) : status.addParagraph();
            paragraph.setAlignment(ParagraphAlignment.BOTH);
            paragraph.setSpacingAfter(120);
            XWPFRun text = run(paragraph, row.paragraphs().get(i), BODY);
            if (row.gap()) {
                text.setItalic(true);
                text.setTextHighlightColor("yellow");
            }
        }
    }

    private static void pageHeaderAndFooter(XWPFDocument document, String runningHead) {
        run(document.createHeader(HeaderFooterType.DEFAULT).createParagraph(), runningHead, 9).setBold(true);
        XWPFParagraph footer = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        footer.setAlignment(ParagraphAlignment.RIGHT);
        CTSimpleField page = footer.getCTP().addNewFldSimple();
        page.setInstr("PAGE \\* MERGEFORMAT");
        page.addNewR().addNewT().setStringValue("1");
    }

    private static void heading(XWPFParagraph paragraph, int level, String text) {
        paragraph.setStyle("Heading" + level);
        run(paragraph, text, BODY);
    }

    private static XWPFParagraph plain(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        run(paragraph, text, BODY);
        return paragraph;
    }

    private static void superscript(XWPFParagraph paragraph, String mark, int size) {
        run(paragraph, mark, size).setVerticalAlignment("superscript");
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, int size) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(size);
        return run;
    }
}
