package org.peacetrack.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

class VerbatimLinksTest {

    private final VerbatimLinks links = new VerbatimLinks(new ImportedSymbols(null) {
        @Override
        Map<String, Long> idsBySymbol() {
            return Map.of("A/78/19", 7L);
        }
    });

    private static String wordsOf(String html) {
        return HtmlUtils.htmlUnescape(html.replaceAll("<a [^>]*>|</a>", ""));
    }

    @Test
    void symbolsLinkToTheImportedDocumentOrTheOfficialDocumentSystem() {
        String text = "As requested in A/78/19 and resolutions A/RES/71/314 and S/RES/2436 (2018), see S/2017/223,"
                + " A/79/553/Add.1 and A/C.4/78/L.12.";
        String html = links.html(text);
        assertThat(html).contains("<a href=\"/documents/7\">A/78/19</a>")
                .contains("<a href=\"https://undocs.org/A/RES/71/314\">A/RES/71/314</a>")
                .contains("<a href=\"https://undocs.org/S/RES/2436(2018)\">S/RES/2436 (2018)</a>")
                .contains("<a href=\"https://undocs.org/S/2017/223\">S/2017/223</a>")
                .contains("<a href=\"https://undocs.org/A/79/553/Add.1\">A/79/553/Add.1</a>")
                .contains("<a href=\"https://undocs.org/A/C.4/78/L.12\">A/C.4/78/L.12</a>.");
        assertThat(wordsOf(html)).isEqualTo(text);
    }

    @Test
    void addressesBecomeLinksWithoutTheirClosingPunctuation() {
        String text = "See https://peacekeeping.un.org/en/a4p?x=1&y=2. Or (http://example.org/path).";
        String html = links.html(text);
        assertThat(html).contains("<a href=\"https://peacekeeping.un.org/en/a4p?x=1&amp;y=2\" rel=\"nofollow noopener\">"
                + "https://peacekeeping.un.org/en/a4p?x=1&amp;y=2</a>. Or (<a href=\"http://example.org/path\"");
        assertThat(wordsOf(html)).isEqualTo(text);
    }

    @Test
    void markupInTheTextIsEscapedAndNeverRun() {
        String text = "<script>alert('A/78/19')</script> \"quoted\" & <b>bold</b> https://x.org/\"><script>";
        String html = links.html(text);
        assertThat(html).doesNotContain("<script>").doesNotContain("<b>")
                .contains("&lt;script&gt;alert(&#39;<a href=\"/documents/7\">A/78/19</a>&#39;)&lt;/script&gt;")
                .contains("<a href=\"https://x.org/\" rel=\"nofollow noopener\">https://x.org/</a>&quot;&gt;&lt;script&gt;");
        assertThat(wordsOf(html)).isEqualTo(text);
    }

    @Test
    void wordsThatOnlyLookLikeSymbolsStayText() {
        String text = "and/or A/B testing in 2017/18, UNA/78/19 and a/78/19";
        assertThat(links.html(text)).isEqualTo(HtmlUtils.htmlEscape(text));
        assertThat(links.html(null)).isEmpty();
    }
}
