package org.peacetrack.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A stored repair lies in the paragraph that holds the words around it as read, or in none: never placed by the word alone. */
class RepairPlacesTest {

    @Test
    void eachRepairIsPlacedInTheParagraphHoldingItsWordsInReadingOrder() {
        List<String> paragraphs = List.of("The peacekeeping missions met.", "Other words.",
                "Again the peacekeeping missions met.");
        TextRepair same = new TextRepair("peace-\nkeeping", "peacekeeping", "proof", "peacekeeping missions met.");

        assertThat(new RepairPlaces(paragraphs).of(List.of(same, same))).containsExactly(0, 2);
    }

    @Test
    void aRepairIsFoundWhereTheRecogniserTookOffTheNumberBeforeIt() {
        TextRepair numbered = new TextRepair("peace-\nkeeping", "peacekeeping", "proof", "7. The peacekeeping missions");

        assertThat(new RepairPlaces(List.of("Other words.", "The peacekeeping missions met.")).of(List.of(numbered)))
                .containsExactly(1);
    }

    @Test
    void aRepairOutsideEveryParagraphOrCountedOverTheDocumentHasNoParagraph() {
        TextRepair inAHeading = new TextRepair("peace-\nkeeping", "peacekeeping", "proof", "Peacekeeping in headings");
        TextRepair wordAlone = new TextRepair("peace-\nkeeping", "peacekeeping", "proof", "peacekeeping");
        TextRepair ligature = new TextRepair("\uFB01", "fi", "a ligature");

        assertThat(new RepairPlaces(List.of("The peacekeeping missions met.")).of(List.of(inAHeading, wordAlone, ligature)))
                .containsExactly(null, null, null);
    }
}
