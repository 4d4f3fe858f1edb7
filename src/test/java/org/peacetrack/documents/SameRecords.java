package org.peacetrack.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.peacetrack.extraction.AddendumEntry;
import org.peacetrack.extraction.ExtractedParagraph;
import org.peacetrack.extraction.Extraction;

/** Asserts that a rendition yields the records of the text version, entry by entry or paragraph by paragraph. */
final class SameRecords {

    private SameRecords() {
    }

    /** The matrix entries for an addendum, the numbered paragraphs for every other kind. */
    static void assertSameRecords(Extraction actual, Extraction expected, UnaryOperator<String> normalise) {
        if (expected.entries().isEmpty()) {
            assertSameParagraphs(actual, expected, normalise);
        } else {
            assertSameEntries(actual, expected, normalise);
        }
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

    static void assertSameParagraphs(Extraction actual, Extraction expected, UnaryOperator<String> normalise) {
        assertThat(actual.document().kind()).isEqualTo(expected.document().kind());
        assertThat(actual.paragraphs()).extracting(ExtractedParagraph::number)
                .isEqualTo(expected.paragraphs().stream().map(ExtractedParagraph::number).toList());
        for (int i = 0; i < expected.paragraphs().size(); i++) {
            ExtractedParagraph want = expected.paragraphs().get(i);
            ExtractedParagraph got = actual.paragraphs().get(i);
            String where = "paragraph " + want.number() + " in " + want.sectionPath();
            assertThat(got.sectionPath()).as(where).isEqualTo(want.sectionPath());
            assertThat(words(got.heading())).as(where + ", heading").isEqualTo(normalised(want.heading(), normalise));
            assertThat(words(got.title())).as(where + ", title").isEqualTo(normalised(want.title(), normalise));
            assertThat(words(got.text())).as(where).isEqualTo(normalise.apply(words(want.text())));
            assertThat(got.operativeVerb()).as(where).isEqualTo(want.operativeVerb());
            assertThat(got.addressee()).as(where).isEqualTo(want.addressee());
        }
    }

    private static String normalised(String text, UnaryOperator<String> normalise) {
        return text == null ? null : normalise.apply(words(text));
    }

    static String words(String text) {
        return text == null ? null : text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    private static List<Integer> numbers(Extraction extraction) {
        return extraction.entries().stream().map(AddendumEntry::paragraph).toList();
    }
}
