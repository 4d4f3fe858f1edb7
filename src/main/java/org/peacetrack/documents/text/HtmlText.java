package org.peacetrack.documents.text;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.peacetrack.documents.SourceFormat;
import org.peacetrack.documents.SourceText;
import org.peacetrack.documents.format.Blocks;

/**
 * Turns an HTML body into blocks: headings, paragraphs, list items and table cells. A table row whose first
 * cell is a paragraph number (the addendum's matrix) becomes {@code NN<sup>a</sup> first paragraph}.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "td", "th", "blockquote", "pre", "caption",
            "dt", "dd", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "dl",
            "table", "thead", "tbody", "tfoot", "tr", "figure", "figcaption", "address", "body", "form", "fieldset");
    private static final String ENTRY_NUMBER = "^\\d{1,4}(?:<sup>[^<]{1,8}</sup>)*$";

    private final Blocks out = new Blocks();

    SourceText read(Element body) {
        if (body != null) {
            block(body);
        }
        return out.toSourceText(SourceFormat.HTML);
    }

    /** Emits the element's inline runs as blocks and descends into nested blocks. */
    private void block(Element element) {
        if (element.normalName().equals("tr") && entryRow(element)) {
            return;
        }
        StringBuilder inline = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof Element e && isBlock(e)) {
                out.block(inline);
                inline.setLength(0);
                blockOrHeading(e);
            } else {
                inline(child, inline);
            }
        }
        out.block(inline);
    }

    private void blockOrHeading(Element element) {
        String name = element.normalName();
        if (name.matches("h[1-6]")) {
            StringBuilder text = new StringBuilder();
            element.childNodes().forEach(n -> inline(n, text));
            out.heading(name.charAt(1) - '0', text);
        } else if (name.equals("hr")) {
            out.pageEnd();
        } else {
            block(element);
        }
    }

    /** The addendum's two-column row: the number joins the first paragraph of the status cell. */
    private boolean entryRow(Element row) {
        List<Element> cells = row.children().stream()
                .filter(cell -> cell.normalName().equals("td") || cell.normalName().equals("th")).toList();
        if (cells.size() < 2) {
            return false;
        }
        StringBuilder number = new StringBuilder();
        cells.get(0).childNodes().forEach(n -> inline(n, number));
        String marked = number.toString().replaceAll("\\s+", "");
        if (!marked.matches(ENTRY_NUMBER)) {
            return false;
        }
        HtmlText status = new HtmlText();
        status.block(cells.get(1));
        String prefix = marked + " ";
        for (String part : status.out.list()) {
            if (part.equals(Blocks.PAGE_END)) {
                out.pageEnd();
            } else {
                out.block(prefix + part);
                prefix = "";
            }
        }
        out.block(prefix);
        cells.stream().skip(2).forEach(this::block);
        return true;
    }

    private void inline(Node node, StringBuilder text) {
        if (node instanceof TextNode t) {
            text.append(t.text());
        } else if (node instanceof Element e) {
            switch (e.normalName()) {
                case "br" -> text.append('\n');
                case "sup" -> text.append("<sup>").append(e.text().strip()).append("</sup>");
                case "b", "strong" -> emphasised(e, "**", "**", text);
                case "i", "em" -> emphasised(e, "*", "*", text);
                case "u" -> emphasised(e, "<u>", "</u>", text);
                default -> e.childNodes().forEach(n -> inline(n, text));
            }
        }
    }

    /** Emphasis as the text conversion writes it; strong around em makes the bold-italic "***". */
    private void emphasised(Element element, String open, String close, StringBuilder text) {
        StringBuilder inner = new StringBuilder();
        element.childNodes().forEach(n -> inline(n, inner));
        if (inner.toString().isBlank()) {
            text.append(inner);
        } else {
            text.append(open).append(inner).append(close);
        }
    }

    private static boolean isBlock(Element element) {
        String name = element.normalName();
        return BLOCKS.contains(name) || name.matches("h[1-6]") || name.equals("hr");
    }
}
