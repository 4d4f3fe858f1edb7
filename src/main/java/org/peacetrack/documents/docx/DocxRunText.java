package org.peacetrack.documents.docx;

import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A run's text as Word shows it: tabs and line breaks, a non-breaking hyphen as a hyphen, a soft hyphen as
 * nothing (it only shows where a line wraps), symbol characters, and footnote and endnote references as
 * their marks. Hidden text, deleted text and field codes are not shown.
 */
final class DocxRunText {

    private DocxRunText() {
    }

    static String of(XWPFRun run, DocxNotes notes) {
        if (run.isVanish()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Node n = run.getCTR().getDomNode().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && DocxXml.W.equals(e.getNamespaceURI())) {
                out.append(piece(e, notes));
            }
        }
        return out.toString();
    }

    static boolean isNoteReference(XWPFRun run) {
        Node ctr = run.getCTR().getDomNode();
        return DocxXml.child(ctr, "footnoteReference").isPresent() || DocxXml.child(ctr, "endnoteReference").isPresent();
    }

    private static String piece(Element e, DocxNotes notes) {
        return switch (e.getLocalName()) {
            case "t" -> DocxXml.text(e);
            case "tab", "ptab" -> "\t";
            case "br" -> "page".equals(DocxXml.attribute(e, "type")) ? "" : "\n";
            case "cr" -> "\n";
            case "noBreakHyphen" -> "-";
            case "sym" -> symbol(DocxXml.attribute(e, "char"));
            case "footnoteReference" -> notes.reference(DocxNotes.Kind.FOOTNOTE, e);
            case "endnoteReference" -> notes.reference(DocxNotes.Kind.ENDNOTE, e);
            default -> "";
        };
    }

    /** The character as stored; a symbol font's private-use code stays as it is rather than be guessed at. */
    private static String symbol(String hex) {
        try {
            return Character.toString(Integer.parseInt(hex, 16));
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
