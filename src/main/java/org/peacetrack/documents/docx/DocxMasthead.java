package org.peacetrack.documents.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The lines of the header Word shows on the first page, in reading order. United Nations documents keep
 * their masthead there (symbol, distribution, date, original language), in a table or text boxes; read
 * first, these lines reach the recognisers before any symbol quoted in the body.
 */
final class DocxMasthead {

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private DocxMasthead() {
    }

    static List<String> lines(XWPFDocument document) {
        List<String> lines = new ArrayList<>();
        firstPageHeader(document).ifPresent(header -> paragraphs(header._getHdrFtr().getDomNode(), lines));
        lines.replaceAll(String::strip);
        lines.removeIf(String::isEmpty);
        return lines;
    }

    /** The first section's first-page header if it has a distinct first page (w:titlePg), else its default one. */
    private static Optional<XWPFHeader> firstPageHeader(XWPFDocument document) {
        Optional<Element> sectPr = firstSection(document);
        if (sectPr.isEmpty()) {
            return Optional.empty();
        }
        boolean titlePage = DocxXml.child(sectPr.get(), "titlePg")
                .map(e -> !List.of("0", "false", "off").contains(DocxXml.attribute(e, "val"))).orElse(false);
        String wanted = titlePage ? "first" : "default";
        for (Element reference : DocxXml.children(sectPr.get(), "headerReference")) {
            String type = DocxXml.attribute(reference, "type");
            if (wanted.equals(type.isEmpty() ? "default" : type)) {
                POIXMLDocumentPart part = document.getRelationById(reference.getAttributeNS(RELATIONSHIPS, "id"));
                return part instanceof XWPFHeader header ? Optional.of(header) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A section's properties sit in the last paragraph of the section, the last section's in the body. */
    private static Optional<Element> firstSection(XWPFDocument document) {
        Node body = document.getDocument().getBody().getDomNode();
        for (Element paragraph : DocxXml.children(body, "p")) {
            Optional<Element> sectPr = DocxXml.child(paragraph, "pPr").flatMap(pPr -> DocxXml.child(pPr, "sectPr"));
            if (sectPr.isPresent()) {
                return sectPr;
            }
        }
        return DocxXml.child(body, "sectPr");
    }

    /** Every paragraph under the node in document order (tables cell by cell), text boxes after their anchor. */
    private static void paragraphs(Node node, List<String> out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || MARKUP_COMPATIBILITY.equals(e.getNamespaceURI()) && "Fallback".equals(e.getLocalName())) {
                continue;
            }
            if (DocxXml.W.equals(e.getNamespaceURI()) && e.getLocalName().equals("p")) {
                StringBuilder text = new StringBuilder();
                List<Element> textBoxes = new ArrayList<>();
                ownText(e, text, textBoxes);
                out.add(text.toString());
                textBoxes.forEach(box -> paragraphs(box, out));
            } else {
                paragraphs(e, out);
            }
        }
    }

    private static void ownText(Node node, StringBuilder text, List<Element> textBoxes) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || MARKUP_COMPATIBILITY.equals(e.getNamespaceURI()) && "Fallback".equals(e.getLocalName())) {
                continue;
            }
            boolean word = DocxXml.W.equals(e.getNamespaceURI());
            if (word && (e.getLocalName().equals("pPr") || e.getLocalName().equals("rPr"))) {
                continue;
            }
            if (word && e.getLocalName().equals("txbxContent")) {
                textBoxes.add(e);
            } else if (word && e.getLocalName().equals("t")) {
                text.append(DocxXml.text(e));
            } else if (word && (e.getLocalName().equals("tab") || e.getLocalName().equals("br"))) {
                text.append(' ');
            } else if (word && e.getLocalName().equals("noBreakHyphen")) {
                text.append('-');
            } else {
                ownText(e, text, textBoxes);
            }
        }
    }
}
