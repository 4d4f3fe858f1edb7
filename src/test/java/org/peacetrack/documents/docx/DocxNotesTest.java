package org.peacetrack.documents.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** Footnote and endnote references read as marks, their texts after the body in the PDF reader's form. */
class DocxNotesTest {

    @Test
    void footnoteReferenceBecomesItsMarkAndItsTextFollowsTheBody() throws IOException {
        try (WordFile word = new WordFile()) {
            XWPFAbstractFootnoteEndnote first = note(word.document.createFootnote(), "See A/78/19, para. 12.");
            XWPFAbstractFootnoteEndnote second = note(word.document.createFootnote(), "Resolution 77/297.");
            XWPFParagraph paragraph = word.paragraph("1.\tThe Committee met");
            paragraph.addFootnoteReference(first);
            paragraph.createRun().setText(" and adopted its report.");
            word.paragraph("2.\tThe Assembly decided").addFootnoteReference(second);

            assertThat(word.read()).isEqualTo("1.\tThe Committee met<sup>1</sup> and adopted its report.\n\n"
                    + "2.\tThe Assembly decided<sup>2</sup>\n\n---\n\n"
                    + "<sup>1</sup> See A/78/19, para. 12.\n\n<sup>2</sup> Resolution 77/297.\n")
                    .doesNotContainIgnoringCase("footnoteref");
        }
    }

    @Test
    void endnotesAreMarkedWithRomanNumeralsAsWordNumbersThem() throws IOException {
        try (WordFile word = new WordFile()) {
            XWPFAbstractFootnoteEndnote endnote = note(word.document.createEndnote(), "Issued without formal editing.");
            word.paragraph("The report").addFootnoteReference(endnote);

            assertThat(word.read()).isEqualTo("The report<sup>i</sup>\n\n---\n\n<sup>i</sup> Issued without formal editing.\n");
        }
    }

    @Test
    void customMarkShowsTheTypedMarkInBothPlaces() throws IOException {
        try (WordFile word = new WordFile()) {
            XWPFAbstractFootnoteEndnote note = word.document.createFootnote();
            note.createParagraph().createRun().setText("* Reissued for technical reasons.");
            word.rawParagraph("<w:p " + WordFile.W + "><w:r><w:t>Report of the Secretary-General</w:t></w:r>"
                    + "<w:r><w:footnoteReference w:customMarkFollows=\"1\" w:id=\"" + note.getId() + "\"/></w:r>"
                    + "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>*</w:t></w:r></w:p>");

            assertThat(word.read()).isEqualTo("Report of the Secretary-General<sup>*</sup>\n\n---\n\n"
                    + "* Reissued for technical reasons.\n");
        }
    }

    private static XWPFAbstractFootnoteEndnote note(XWPFAbstractFootnoteEndnote note, String text) {
        XWPFParagraph paragraph = note.createParagraph();
        note.ensureFootnoteRef(paragraph);
        paragraph.createRun().setText(" " + text);
        return note;
    }
}
