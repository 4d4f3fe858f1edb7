package org.peacetrack.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peacetrack.documents.DocumentKind;
import org.peacetrack.testing.Seeds;

class AddendumRecogniserTest {

    private static Extraction extraction;
    private static Map<Integer, AddendumEntry> byNumber;

    @BeforeAll
    static void readSeed() {
        extraction = new ExtractionService().extract(Seeds.text(Seeds.ADDENDUM_2024));
        byNumber = extraction.entries().stream()
                .collect(Collectors.toMap(AddendumEntry::paragraph, Function.identity()));
    }

    @Test
    void addendumIsRecognisedWithItsDocumentFacts() {
        DocumentFacts facts = extraction.document();
        assertThat(facts.kind()).isEqualTo(DocumentKind.SG_ADDENDUM);
        assertThat(facts.date()).isEqualTo(LocalDate.of(2024, 10, 25));
        assertThat(facts.respondsTo()).isEqualTo("A/78/19");
        assertThat(facts.symbol()).isEqualTo("A/79/553/Add.1");
        assertThat(facts.session()).isEqualTo(79);
        assertThat(facts.title()).isEqualTo("Implementation of the recommendations of the Special Committee on Peacekeeping Operations");
    }

    @Test
    void aColumnHeaderSetAsAHeadingStillOpensTheMatrix() {
        String text = Seeds.text(Seeds.ADDENDUM_2024);
        String asHeading = text.replaceAll("(?m)^Paragraph {2}\nin (A/78/19)$", "#### Paragraph in $1");
        assertThat(asHeading).as("the seed writes its column header on two lines").isNotEqualTo(text);

        Extraction read = new ExtractionService().extract(asHeading);

        assertThat(read.document()).isEqualTo(extraction.document());
        assertThat(read.entries()).hasSameSizeAs(extraction.entries());
    }

    @Test
    void everyEntryFrom22To180IsFoundOnceInOrder() {
        List<Integer> numbers = extraction.entries().stream().map(AddendumEntry::paragraph).toList();
        assertThat(numbers).hasSize(121).doesNotHaveDuplicates().isSorted();
        assertThat(numbers.get(0)).isEqualTo(22);
        assertThat(numbers.get(120)).isEqualTo(180);
        assertThat(numbers).contains(38, 48, 65, 123, 145, 166).doesNotContain(23, 124, 2024);
    }

    @Test
    void entriesSitInTheirThemeSections() {
        assertThat(byNumber.get(22).section()).isEqualTo("Introduction");
        assertThat(byNumber.get(38).section()).isEqualTo("Conduct of peacekeepers and peacekeeping operations");
        assertThat(byNumber.get(38).sectionNumber()).isEqualTo("II");
        assertThat(byNumber.get(54).section()).isEqualTo("Partnerships");
        assertThat(byNumber.get(145).section()).isEqualTo("Safety and security");
        assertThat(byNumber.get(180).section()).isEqualTo("Women and peace and security");
        Map<String, Long> perSection = extraction.entries().stream()
                .collect(Collectors.groupingBy(AddendumEntry::section, Collectors.counting()));
        assertThat(perSection).hasSize(9);
        assertThat(perSection.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(121);
    }

    @Test
    void footnoteMarksAreKeptApartFromTheNumber() {
        assertThat(byNumber.get(48).footnotes()).containsExactly("a");
        assertThat(byNumber.get(38).footnotes()).isEmpty();
        assertThat(byNumber.get(48).text()).startsWith("The Secretariat continues its efforts").doesNotContain("<sup>");
    }

    @Test
    void addendumEntrySplitAcrossPagesStaysOneEntry() {
        String entry43 = byNumber.get(43).text();
        assertThat(entry43).doesNotContain("Paragraph in");
        assertThat(entry43).contains("In addition, please refer to the status of recommendation 42");
        String entry123 = byNumber.get(123).text();
        assertThat(entry123).contains("Western Sahar").contains("UNMIK and developments in Kosovo");
        assertThat(entry123.split("\n\n")).hasSize(1);
    }

    @Test
    void footnoteDefinitionsAtTheEndAreNotPartOfTheLastEntry() {
        assertThat(byNumber.get(180).text()).doesNotContain("More detailed information is available");
        assertThat(byNumber.get(180).text()).doesNotContain("resolution 1244");
    }

    @Test
    void referencesToTheEarlierSessionAreExtracted() {
        assertThat(byNumber.get(38).priorReferences()).containsExactly(new PriorReference(37, 2023));
        assertThat(byNumber.get(43).priorReferences()).containsExactly(new PriorReference(42, 2023));
        assertThat(byNumber.get(174).priorReferences()).isEmpty();
        long referring = extraction.entries().stream().filter(e -> !e.priorReferences().isEmpty()).count();
        assertThat(referring).isEqualTo(24);
    }

    @Test
    void eachOfTheSevenStatusesIsDecidedFromTheOpeningSentence() {
        assertThat(byNumber.get(38).status()).isEqualTo(EntryStatus.ONGOING);
        assertThat(byNumber.get(74).status()).isEqualTo(EntryStatus.ONGOING);
        assertThat(byNumber.get(157).status()).isEqualTo(EntryStatus.SEE_PRIOR);
        assertThat(byNumber.get(65).status()).isEqualTo(EntryStatus.NOTED);
        assertThat(byNumber.get(159).status()).isEqualTo(EntryStatus.NOTED);
        assertThat(byNumber.get(26).status()).isEqualTo(EntryStatus.BRIEFING_PENDING);
        assertThat(byNumber.get(82).status()).isEqualTo(EntryStatus.BRIEFING_PENDING);
        assertThat(byNumber.get(77).status()).isEqualTo(EntryStatus.BRIEFING_PENDING);
        assertThat(byNumber.get(132).status()).isEqualTo(EntryStatus.ADDRESSED_TO_MEMBER_STATES);
        assertThat(byNumber.get(85).status()).isEqualTo(EntryStatus.ADDRESSED_TO_MEMBER_STATES);
        assertThat(byNumber.get(68).status()).isEqualTo(EntryStatus.NO_UPDATE_REQUESTED);
        assertThat(byNumber.get(39).status()).isEqualTo(EntryStatus.NARRATIVE);
        // IMPLEMENTED is wording of other years than the seed's (StatusClassifierTest).
        assertThat(extraction.entries()).extracting(AddendumEntry::status).containsAll(java.util.Arrays
                .stream(EntryStatus.values()).filter(s -> s != EntryStatus.IMPLEMENTED).toList())
                .doesNotContain(EntryStatus.IMPLEMENTED);
    }

    @Test
    void statusKeepsThePhraseItCameFromAndAConfidence() {
        AddendumEntry entry = byNumber.get(38);
        assertThat(entry.statusPhrase()).isEqualTo("Implementation is ongoing.");
        assertThat(entry.statusConfidence()).isBetween(0.5, 1.0);
    }

    @Test
    void theSeedLeavesNoWarnings() {
        assertThat(extraction.warnings()).isEmpty();
    }

    @Test
    void textThatIsNoKnownDocumentIsRejectedWithAClearMessage() {
        assertThatThrownBy(() -> new ExtractionService().extract("Shopping list\n\neggs, milk"))
                .isInstanceOf(UnrecognisedDocumentException.class)
                .hasMessageContaining("Not a recognisable document");
    }
}
