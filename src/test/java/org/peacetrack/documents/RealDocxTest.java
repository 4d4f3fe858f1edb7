package org.peacetrack.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The real Word documents read with their masthead first, their footnotes as marks, every numbered paragraph. */
class RealDocxTest {

    private static final int MASTHEAD_BLOCKS = 8;

    static List<String> documents() {
        return PdfDocxParityTest.pairs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void realDocxStartsWithTheMastheadOfItsFirstPage(String document) {
        RealDocuments.assumePresent();
        RealDocuments.Listed listed = RealDocuments.listed().get(document + ".docx");
        List<String> head = Arrays.asList(RealDocuments.read(document + ".docx").text().split("\n\n"))
                .subList(0, MASTHEAD_BLOCKS);

        assertThat(head).as("the first blocks").anyMatch(block -> block.startsWith(listed.symbol()))
                .contains("Distr.: General").anyMatch(block -> block.matches("\\d{1,2} [A-Z][a-z]+ 20\\d\\d"))
                .anyMatch(block -> block.startsWith("Original: "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void realDocxFootnoteReferencesBecomeMarksWithTheirTexts(String document) {
        RealDocuments.assumePresent();
        String text = RealDocuments.read(document + ".docx").text();

        assertThat(text).doesNotContainIgnoringCase("footnoteref").doesNotContainIgnoringCase("endnoteref");
        if (!document.startsWith("A_81_6")) {
            assertThat(text).containsPattern("\\S<sup>1</sup>").contains("\n---\n\n<sup>1</sup> ");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void realDocxGivesEveryNumberedParagraph(String document) {
        RealDocuments.assumePresent();
        RealDocuments.Listed listed = RealDocuments.listed().get(document + ".docx");

        assertThat(NumberedBlocks.of(RealDocuments.read(document + ".docx")).keySet())
                .filteredOn(label -> label.matches("\\d+")).hasSize(listed.numberedParagraphs());
    }
}
