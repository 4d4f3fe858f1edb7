package org.peacetrack.documents.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacetrack.documents.docx.WordFile.abstractNum;
import static org.peacetrack.documents.docx.WordFile.num;
import static org.peacetrack.documents.docx.WordFile.startOverride;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Paragraphs numbered by a list definition read with the labels Word shows. */
class DocxNumberingTest {

    @Test
    void decimalListNumbersBecomeVisibleParagraphNumbers() throws IOException {
        try (WordFile word = new WordFile().numbering(abstractNum(0, "decimal %1.") + num(1, 0, ""))) {
            word.listItem(1, 0, "The Committee met.");
            word.listItem(1, 0, "The Committee recommends approval.");

            assertThat(word.read()).isEqualTo("1.\tThe Committee met.\n\n2.\tThe Committee recommends approval.\n");
        }
    }

    @Test
    void lettersAndRomanNumeralsAreWrittenAsWordShowsThem() throws IOException {
        try (WordFile word = new WordFile().numbering(abstractNum(0, "lowerLetter (%1)") + num(1, 0, "")
                + abstractNum(1, "upperRoman %1.") + num(2, 1, "") + abstractNum(2, "lowerRoman %1)", "upperLetter %2.")
                + num(3, 2, ""))) {
            for (int i = 0; i < 28; i++) {
                word.listItem(1, 0, "item");
            }
            word.listItem(2, 0, "Introduction");
            word.listItem(2, 0, "Mandate");
            word.listItem(2, 0, "Resources");
            word.listItem(2, 0, "Actions");
            word.listItem(3, 0, "first");
            word.listItem(3, 1, "lettered");

            assertThat(word.read()).contains("(a)\titem", "(z)\titem", "(aa)\titem", "(bb)\titem")
                    .contains("I.\tIntroduction", "II.\tMandate", "III.\tResources", "IV.\tActions")
                    .contains("i)\tfirst", "A.\tlettered");
        }
    }

    @Test
    void listStartsAtItsStartValueAndAnOverrideRestartsIt() throws IOException {
        try (WordFile word = new WordFile().numbering(abstractNum(0, "decimal %1. 12")
                + num(1, 0, "") + num(2, 0, startOverride(0, 1)))) {
            word.listItem(1, 0, "twelve");
            word.listItem(1, 0, "thirteen");
            word.listItem(2, 0, "restarted");
            word.listItem(2, 0, "continued");

            assertThat(word.read()).contains("12.\ttwelve", "13.\tthirteen", "1.\trestarted", "2.\tcontinued");
        }
    }

    @Test
    void listsSharingADefinitionContinueTheirCount() throws IOException {
        try (WordFile word = new WordFile().numbering(abstractNum(0, "decimal %1.") + num(1, 0, "") + num(2, 0, ""))) {
            word.listItem(1, 0, "first");
            word.paragraph("An unnumbered paragraph between.");
            word.listItem(2, 0, "second");

            assertThat(word.read()).contains("1.\tfirst", "2.\tsecond");
        }
    }

    @Test
    void multiLevelLabelsShowEveryLevelAndDeeperLevelsRestart() throws IOException {
        try (WordFile word = new WordFile().numbering(abstractNum(0, "decimal %1.", "decimal %1.%2", "lowerLetter (%3)")
                + num(1, 0, ""))) {
            word.listItem(1, 0, "one");
            word.listItem(1, 1, "one point one");
            word.listItem(1, 2, "letter a");
            word.listItem(1, 2, "letter b");
            word.listItem(1, 1, "one point two");
            word.listItem(1, 2, "letter a again");
            word.listItem(1, 0, "two");
            word.listItem(1, 1, "two point one");

            assertThat(word.read()).contains("1.\tone", "1.1\tone point one", "(a)\tletter a", "(b)\tletter b",
                    "1.2\tone point two", "(a)\tletter a again", "2.\ttwo", "2.1\ttwo point one");
        }
    }

    @Test
    void levelWithRestartOffKeepsCountingAcrossHigherLevels() throws IOException {
        String definition = "<w:abstractNum w:abstractNumId=\"0\">"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlRestart w:val=\"0\"/>"
                + "<w:lvlText w:val=\"%2.\"/><w:suff w:val=\"space\"/></w:lvl></w:abstractNum>";
        try (WordFile word = new WordFile().numbering(definition + num(1, 0, ""))) {
            word.listItem(1, 0, "Introduction");
            word.listItem(1, 1, "first paragraph");
            word.listItem(1, 0, "Mandate");
            word.listItem(1, 1, "second paragraph");

            assertThat(word.read()).contains("I.\tIntroduction", "1. first paragraph", "II.\tMandate", "2. second paragraph");
        }
    }

    @Test
    void styleLinkedNumberingNumbersEveryParagraphOfTheStyle() throws IOException {
        try (WordFile word = new WordFile().numbering(abstractNum(0, "decimal %1.") + num(5, 0, ""))
                .style("<w:style " + WordFile.W + " w:type=\"paragraph\" w:styleId=\"Numbered\"><w:name w:val=\"Numbered\"/>"
                        + "<w:pPr><w:numPr><w:numId w:val=\"5\"/></w:numPr></w:pPr></w:style>")
                .style("<w:style " + WordFile.W + " w:type=\"paragraph\" w:styleId=\"NumberedBold\"><w:name w:val=\"NumberedBold\"/>"
                        + "<w:basedOn w:val=\"Numbered\"/></w:style>")) {
            word.paragraph("first").setStyle("Numbered");
            word.paragraph("second").setStyle("NumberedBold");
            word.rawParagraph("<w:p " + WordFile.W + "><w:pPr><w:pStyle w:val=\"Numbered\"/><w:numPr><w:numId w:val=\"0\"/>"
                    + "</w:numPr></w:pPr><w:r><w:t>numbering switched off</w:t></w:r></w:p>");

            assertThat(word.read()).isEqualTo("1.\tfirst\n\n2.\tsecond\n\nnumbering switched off\n");
        }
    }

    @Test
    void bulletsShowAsBulletsNotNumbers() throws IOException {
        try (WordFile word = new WordFile().numbering(abstractNum(0, "bullet \uF0B7") + num(1, 0, ""))) {
            word.listItem(1, 0, "a point");

            assertThat(word.read()).isEqualTo("\u2022\ta point\n");
        }
    }

    @Test
    void numberFormatsCountAsWordDoes() {
        assertThat(DocxNumberFormat.format(4, "upperRoman")).isEqualTo("IV");
        assertThat(DocxNumberFormat.format(1994, "lowerRoman")).isEqualTo("mcmxciv");
        assertThat(DocxNumberFormat.format(53, "lowerLetter")).isEqualTo("aaa");
        assertThat(DocxNumberFormat.format(7, "decimalZero")).isEqualTo("07");
        assertThat(DocxNumberFormat.format(12, "ordinal")).isEqualTo("12th");
        assertThat(DocxNumberFormat.format(3, "none")).isEmpty();
    }
}
