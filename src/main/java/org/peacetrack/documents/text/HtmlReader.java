package org.peacetrack.documents.text;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.peacetrack.documents.SourceFormat;
import org.peacetrack.documents.SourceText;
import org.peacetrack.documents.UnreadableDocumentException;
import org.peacetrack.documents.format.FileNames;
import org.peacetrack.documents.format.FormatReader;
import org.peacetrack.documents.format.Signatures;

/**
 * HTML pages, parsed with jsoup. Only text nodes are read, so scripts, styles, event handlers and other
 * active content never reach the text.
 */
public final class HtmlReader implements FormatReader {

    @Override
    public SourceFormat format() {
        return SourceFormat.HTML;
    }

    @Override
    public boolean hasSignature(byte[] content) {
        return Signatures.isHtml(content);
    }

    @Override
    public boolean hasExtension(String fileName) {
        return FileNames.endsWithAny(fileName, ".html", ".htm", ".xhtml");
    }

    @Override
    public SourceText read(byte[] content) {
        String html = new String(content, StandardCharsets.UTF_8);
        if (html.chars().limit(4096).filter(c -> c == 0).count() > 0) {
            throw new UnreadableDocumentException("not an HTML file: it holds binary data");
        }
        Document document = Jsoup.parse(html);
        document.select("script, style, noscript, template, iframe, object, embed, svg, math, canvas, head").remove();
        return new HtmlText().read(document.body());
    }
}
