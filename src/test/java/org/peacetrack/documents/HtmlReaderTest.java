package org.peacetrack.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.peacetrack.documents.fixtures.SeedRenditions;
import org.peacetrack.extraction.Extraction;
import org.peacetrack.extraction.ExtractionService;
import org.peacetrack.testing.Seeds;

class HtmlReaderTest {

    private final SourceReaders readers = new SourceReaders();
    private final ExtractionService extraction = new ExtractionService();

    @Test
    void htmlRenditionOfAddendumYieldsTheSameEntriesAsText() {
        SourceText html = readers.read("addendum.html", SeedRenditions.html(Seeds.ADDENDUM_2024));
        Extraction expected = extraction.extract(Seeds.text(Seeds.ADDENDUM_2024));

        assertThat(html.format()).isEqualTo(SourceFormat.HTML);
        SameRecords.assertSameEntries(extraction.extract(html.text()), expected, text -> text);
    }

    @Test
    void scriptsStylesAndEventHandlersNeverReachTheText() {
        String hostile = "<!DOCTYPE html><html><head><script>alert('head')</script></head><body>"
                + "<h1 onclick=\"steal()\">Report</h1><script>document.cookie</script>"
                + "<p>Implementation is ongoing.<img src=x onerror=\"alert(1)\"></p>"
                + "<style>p{color:red}</style><noscript>enable scripts</noscript>"
                + "<p><a href=\"javascript:alert(2)\">link</a> text<sup>a</sup></p></body></html>";

        String text = readers.read("hostile.html", hostile.getBytes(StandardCharsets.UTF_8)).text();

        assertThat(text).isEqualTo("# Report\n\nImplementation is ongoing.\n\nlink text<sup>a</sup>\n");
        assertThat(text).doesNotContain("alert").doesNotContain("cookie").doesNotContain("color")
                .doesNotContain("onerror").doesNotContain("javascript");
    }

    @Test
    void htmlIsRecognisedByItsDoctypeWhateverItsName() {
        byte[] page = "<!doctype html><p>Hello</p>".getBytes(StandardCharsets.UTF_8);

        assertThat(readers.read("download", page).format()).isEqualTo(SourceFormat.HTML);
    }
}
