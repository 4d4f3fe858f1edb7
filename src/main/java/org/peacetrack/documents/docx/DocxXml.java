package org.peacetrack.documents.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads WordprocessingML elements through the DOM rather than generated accessors, because POI's trimmed
 * schema jar (poi-ooxml-lite) lacks the classes of some elements Word writes (w:suff among them).
 */
final class DocxXml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxXml() {
    }

    static List<Element> children(Node parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    static Optional<Element> child(Node parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The w:val of the named child element, if the child is there. */
    static Optional<String> childVal(Node parent, String localName) {
        return child(parent, localName).map(e -> attribute(e, "val"));
    }

    static Optional<Integer> childInt(Node parent, String localName) {
        return childVal(parent, localName).flatMap(DocxXml::parseInt);
    }

    static String attribute(Element element, String localName) {
        return element.getAttributeNS(W, localName);
    }

    static Optional<Integer> parseInt(String value) {
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The element's text (XmlBeans' DOM has no getTextContent). */
    static String text(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(n.getNodeValue());
            }
        }
        return text.toString();
    }
}
