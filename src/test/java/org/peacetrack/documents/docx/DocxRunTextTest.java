package org.peacetrack.documents.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** Run contents and tables read as Word shows them. */
class DocxRunTextTest {

    @Test
    void nonBreakingHyphenShowsAsHyphenAndSoftHyphenAsNothing() throws IOException {
        try (WordFile word = new WordFile()) {
            word.rawParagraph("<w:p " + WordFile.W + "><w:r><w:t xml:space=\"preserve\">troop</w:t><w:noBreakHyphen/>"
                    + "<w:t xml:space=\"preserve\">contributing countries and peace</w:t><w:softHyphen/>"
                    + "<w:t>keeping</w:t></w:r></w:p>");

            assertThat(word.read()).isEqualTo("troop-contributing countries and peacekeeping\n");
        }
    }

    @Test
    void deletedTextFieldCodesAndHiddenTextAreNotShown() throws IOException {
        try (WordFile word = new WordFile()) {
            word.rawParagraph("<w:p " + WordFile.W + "><w:r><w:t xml:space=\"preserve\">See </w:t></w:r>"
                    + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>REF para12</w:instrText></w:r>"
                    + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>paragraph 12</w:t></w:r>"
                    + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:del><w:r><w:delText>, deleted</w:delText></w:r></w:del>"
                    + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r><w:r><w:t>.</w:t></w:r></w:p>");

            assertThat(word.read()).isEqualTo("See paragraph 12.\n");
        }
    }

    @Test
    void tablesAreReadInDocumentOrderCellByCell() throws IOException {
        try (WordFile word = new WordFile()) {
            word.paragraph("Before the table.");
            XWPFTable table = word.document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Category");
            table.getRow(0).getCell(1).setText("Amount");
            table.getRow(1).getCell(0).setText("Military");
            table.getRow(1).getCell(1).setText("$558,700");
            word.paragraph("After the table.");

            assertThat(word.read()).isEqualTo("Before the table.\n\nCategory\n\nAmount\n\nMilitary\n\n$558,700\n\nAfter the table.\n");
        }
    }
}
