package org.peacetrack.documents.docx;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Finds the list a paragraph belongs to: its own w:numPr, or else its style's (following w:basedOn), as
 * Word resolves it. A w:numId of 0 switches numbering off.
 */
final class DocxParagraphStyles {

    record NumberingReference(String numId, Optional<Integer> level) {
    }

    private static final int MAX_STYLE_DEPTH = 20;

    private final XWPFStyles styles;

    DocxParagraphStyles(XWPFDocument document) {
        this.styles = document.getStyles();
    }

    Optional<NumberingReference> numbering(XWPFParagraph paragraph) {
        Optional<Element> own = DocxXml.child(paragraph.getCTP().getDomNode(), "pPr")
                .flatMap(pPr -> DocxXml.child(pPr, "numPr"));
        Optional<String> numId = own.flatMap(numPr -> DocxXml.childVal(numPr, "numId"));
        Optional<Integer> ownLevel = own.flatMap(numPr -> DocxXml.childInt(numPr, "ilvl"));
        Optional<Integer> level = ownLevel;
        if (numId.isEmpty()) {
            Optional<Element> inherited = styleNumPr(paragraph.getStyleID());
            numId = inherited.flatMap(numPr -> DocxXml.childVal(numPr, "numId"));
            level = ownLevel.or(() -> inherited.flatMap(numPr -> DocxXml.childInt(numPr, "ilvl")));
        }
        if (numId.isEmpty() || numId.get().isBlank() || numId.get().strip().equals("0")) {
            return Optional.empty();
        }
        return Optional.of(new NumberingReference(numId.get().strip(), level));
    }

    Optional<String> numIdOfStyle(String styleId) {
        return styleNumPr(styleId).flatMap(numPr -> DocxXml.childVal(numPr, "numId"));
    }

    /** The first w:numPr with a list on the style's w:basedOn chain. */
    private Optional<Element> styleNumPr(String styleId) {
        Set<String> visited = new HashSet<>();
        String id = styleId;
        while (id != null && styles != null && visited.add(id) && visited.size() <= MAX_STYLE_DEPTH) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                return Optional.empty();
            }
            Node node = style.getCTStyle().getDomNode();
            Optional<Element> numPr = DocxXml.child(node, "pPr").flatMap(pPr -> DocxXml.child(pPr, "numPr"));
            if (numPr.flatMap(n -> DocxXml.childVal(n, "numId")).isPresent()) {
                return numPr;
            }
            id = DocxXml.childVal(node, "basedOn").orElse(null);
        }
        return Optional.empty();
    }
}
