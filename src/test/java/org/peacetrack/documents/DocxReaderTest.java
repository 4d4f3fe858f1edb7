package org.peacetrack.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peacetrack.documents.fixtures.SeedRenditions;
import org.peacetrack.extraction.Extraction;
import org.peacetrack.extraction.ExtractionService;
import org.peacetrack.testing.Seeds;

class DocxReaderTest {

    private final SourceReaders readers = new SourceReaders();
    private final ExtractionService extraction = new ExtractionService();

    @Test
    void docxRenditionOfAddendumYieldsTheSameEntriesAsText() {
        SourceText docx = readers.read("addendum.docx", SeedRenditions.docx(Seeds.ADDENDUM_2024));
        Extraction expected = extraction.extract(Seeds.text(Seeds.ADDENDUM_2024));

        assertThat(docx.format()).isEqualTo(SourceFormat.DOCX);
        SameRecords.assertSameEntries(extraction.extract(docx.text()), expected, text -> text);
    }

    @Test
    void headingStylesBecomeHashesAndSuperscriptsBecomeSupTags() {
        String text = readers.read("addendum.docx", SeedRenditions.docx(Seeds.ADDENDUM_2024)).text();

        assertThat(text).contains("\n## I. Introduction\n").contains("\n48<sup>a</sup> The Secretariat continues")
                .contains("Kosovo<sup>b</sup> and").contains("\n---\n");
    }
}
