package org.peacetrack.documents.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

/** The masthead Word shows in the first page's header is read first, before the body. */
class DocxMastheadTest {

    @Test
    void firstPageHeaderTableIsReadFirstCellByCell() throws IOException {
        try (WordFile word = new WordFile()) {
            XWPFHeader header = word.firstPageHeader();
            XWPFTable table = header.createTable(2, 2);
            table.getRow(0).getCell(0).setText("United Nations");
            table.getRow(0).getCell(1).setText("A/79/553/Add.1");
            table.getRow(1).getCell(0).setText("General Assembly");
            XWPFTableCell facts = table.getRow(1).getCell(1);
            facts.setText("Distr.: General");
            facts.addParagraph().createRun().setText("25 October 2024");
            facts.addParagraph().createRun().setText("Original: English");
            word.paragraph("The matrix supplements the report of the Secretary-General (A/79/553) of 1 July 2024.");

            assertThat(word.read()).startsWith("United Nations\n\nA/79/553/Add.1\n\nGeneral Assembly\n\n"
                    + "Distr.: General\n\n25 October 2024\n\nOriginal: English\n\nThe matrix supplements");
        }
    }

    @Test
    void mastheadInTextBoxesIsReadOnceEach() throws IOException {
        try (WordFile word = new WordFile()) {
            XWPFHeader header = word.firstPageHeader();
            header.createParagraph().getCTP().set(WordFile.paragraphElement("<w:p " + WordFile.W
                    + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
                    + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
                    + " xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">"
                    + "<wps:txbx><w:txbxContent><w:p><w:r><w:t>S/2019/805</w:t></w:r></w:p>"
                    + "<w:p><w:r><w:t>9 October 2019</w:t></w:r></w:p></w:txbxContent></wps:txbx></mc:Choice>"
                    + "<mc:Fallback><v:textbox><w:txbxContent><w:p><w:r><w:t>S/2019/805</w:t></w:r></w:p>"
                    + "</w:txbxContent></v:textbox></mc:Fallback></mc:AlternateContent></w:r>"
                    + "<w:r><w:t>Security Council</w:t></w:r></w:p>"));
            word.paragraph("Recalling S/2018/527, the Council met.");

            assertThat(word.read()).isEqualTo("Security Council\n\nS/2019/805\n\n9 October 2019\n\n"
                    + "Recalling S/2018/527, the Council met.\n");
        }
    }

    @Test
    void documentWithoutHeaderStartsWithItsBody() throws IOException {
        try (WordFile word = new WordFile()) {
            word.paragraph("First paragraph.");

            assertThat(word.read()).isEqualTo("First paragraph.\n");
        }
    }
}
