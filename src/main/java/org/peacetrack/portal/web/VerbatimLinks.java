package org.peacetrack.portal.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A stored text as HTML in which UN document symbols (A/78/19, S/2017/223, A/RES/71/314, S/RES/2436 (2018))
 * and web addresses are links. Every character of the text is kept, HTML-escaped; only anchors are added.
 * Pages call it as {@code th:utext="${verbatim.html(text)}"} (VerbatimLinksOnPages).
 */
@Component
public class VerbatimLinks {

    static final String UNDOCS = "https://undocs.org/";

    private static final Pattern LINKABLE = Pattern.compile(
            "(?<url>https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]'])"
            + "|(?<symbol>(?<![\\w/])(?:A|S|E|ST|DP|UNEP)(?:/(?:RES|[A-Z]{2,5}|[A-Z]{1,3}\\.\\d+))*(?:/\\d+)+"
            + "(?:/(?:Add|Rev|Corr|L)\\.\\d+)*(?: ?\\(\\d{4}\\))?)(?![\\w/])");

    private final ImportedSymbols imported;

    VerbatimLinks(ImportedSymbols imported) {
        this.imported = imported;
    }

    public String html(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = LINKABLE.matcher(text);
        if (!m.find()) {
            return HtmlUtils.htmlEscape(text);
        }
        Map<String, Long> documents = imported.idsBySymbol();
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        do {
            out.append(HtmlUtils.htmlEscape(text.substring(at, m.start())));
            String words = m.group();
            String href = m.group("url") != null ? words : symbolHref(words, documents);
            out.append("<a href=\"").append(HtmlUtils.htmlEscape(href)).append('"')
                    .append(m.group("url") != null ? " rel=\"nofollow noopener\"" : "").append('>')
                    .append(HtmlUtils.htmlEscape(words)).append("</a>");
            at = m.end();
        } while (m.find());
        return out.append(HtmlUtils.htmlEscape(text.substring(at))).toString();
    }

    private static String symbolHref(String words, Map<String, Long> documents) {
        String symbol = words.replace(" ", "");
        Long id = documents.get(symbol);
        return id != null ? "/documents/" + id : UNDOCS + symbol;
    }
}
