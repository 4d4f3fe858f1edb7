package org.peacetrack.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How the PDF reader undoes the layouts of real UN documents, one mechanism at a time. */
class RealPdfLayoutTest {

    private static final Pattern NUMBERED = Pattern.compile("(?s)^(\\d{1,3})\\.\\s+(.*)");

    private static String read(String name) throws IOException {
        Path file = RealPdfWordsTest.REAL_DOCS.resolve(name);
        assumeTrue(Files.exists(file), "the real documents are not beside the checkout (../shared/real-docs)");
        return new SourceReaders().read(name, Files.readAllBytes(file)).text();
    }

    private static List<String> blocks(String text) {
        return Arrays.stream(text.split("\n\n")).map(String::strip).toList();
    }

    /** The numbered paragraphs' texts by number, 1 first; null where a number is missing. */
    private static String[] paragraphs(String text, int count) {
        String[] found = new String[count + 1];
        for (String block : blocks(text)) {
            Matcher m = NUMBERED.matcher(block);
            if (m.matches() && Integer.parseInt(m.group(1)) <= count && found[Integer.parseInt(m.group(1))] == null) {
                found[Integer.parseInt(m.group(1))] = m.group(2);
            }
        }
        return found;
    }

    @Test
    void advisoryCommitteeParagraphsKeepTheirBoldConclusionsAcrossLinesAndPages() throws IOException {
        String[] paragraphs = paragraphs(read("A_80_604_Add.3.pdf"), 37);
        for (int n = 1; n <= 37; n++) {
            assertThat(paragraphs[n]).as("paragraph " + n).isNotNull();
        }
        assertThat(paragraphs[8]).as("a bold conclusion that runs over a page end")
                .contains("liquidity challenges constrained the operational capacity of the Mission")
                .endsWith("report and in the next performance report.**");
        assertThat(paragraphs[13]).as("a paragraph bold from its number on").startsWith("**The Advisory Committee notes that")
                .contains("structural efficiency gains");
        assertThat(paragraphs[17]).endsWith("Secretary-General for military and police personnel.**");
    }

    @Test
    void aParagraphWhoseLastLineFillsThePageGoesOnOverleaf() throws IOException {
        String[] paragraphs = paragraphs(read("A_80_604_Add.1.pdf"), 44);
        assertThat(paragraphs[15]).contains("Estimated efficiencies for 2026/27 represent a 9.5 per cent reduction");
    }

    @Test
    void budgetReportKeepsItsLastParagraph() throws IOException {
        String[] paragraphs = paragraphs(read("A_80_596.pdf"), 54);
        assertThat(paragraphs[54]).isNotNull();
    }

    @Test
    void theMastheadIsReadFirstEachSideOfARowApart() throws IOException {
        List<String> masthead = blocks(read("A_80_604_Add.3.pdf")).subList(0, 6);
        assertThat(masthead).containsExactly("A/80/604/Add.3", "United Nations", "General Assembly", "Distr.: General",
                "8 April 2026", "Original: English");
        assertThat(blocks(read("S_1995_444.pdf"))).containsSubsequence("Security Council", "Distr.", "GENERAL",
                "S/1995/444", "30 May 1995", "ORIGINAL: ENGLISH");
    }

    @Test
    void aScanWithoutTextLayerIsRefusedSayingSo() {
        Path scan = RealPdfWordsTest.REAL_DOCS.resolve("S_2002_432_scanned-image.pdf");
        assumeTrue(Files.exists(scan), "the real documents are not beside the checkout (../shared/real-docs)");
        assertThatThrownBy(() -> new SourceReaders().read("scan.pdf", Files.readAllBytes(scan)))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("no text layer")
                .hasMessageContaining("23 pages are images");
    }

    @Test
    void footnoteRuleIsNoParagraph() throws IOException {
        assertThat(read("A_80_604_Add.3.pdf")).doesNotContain("______");
    }
}
