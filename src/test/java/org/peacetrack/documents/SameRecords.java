package org.peacetrack.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.peacetrack.extraction.AddendumEntry;
import org.peacetrack.extraction.Extraction;

/** Asserts that a rendition yields the records of the text version, entry by entry. */
final class SameRecords {

    private SameRecords() {
    }

    static void assertSameEntries(Extraction actual, Extraction expected, UnaryOperator<String> normalise) {
        assertThat(actual.document()).isEqualTo(expected.document());
        assertThat(numbers(actual)).isEqualTo(numbers(expected));
        for (int i = 0; i < expected.entries().size(); i++) {
            AddendumEntry want = expected.entries().get(i);
            AddendumEntry got = actual.entries().get(i);
            String where = "entry " + want.paragraph();
            assertThat(got.section()).as(where).isEqualTo(want.section());
            assertThat(got.sectionNumber()).as(where).isEqualTo(want.sectionNumber());
            assertThat(got.footnotes()).as(where).isEqualTo(want.footnotes());
            assertThat(got.status()).as(where).isEqualTo(want.status());
            assertThat(got.priorReferences()).as(where).isEqualTo(want.priorReferences());
            assertThat(words(got.text())).as(where).isEqualTo(normalise.apply(words(want.text())));
        }
        assertThat(actual.warnings()).isEqualTo(expected.warnings());
    }

    static String words(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    private static List<Integer> numbers(Extraction extraction) {
        return extraction.entries().stream().map(AddendumEntry::paragraph).toList();
    }
}
