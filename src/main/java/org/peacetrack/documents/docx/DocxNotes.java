package org.peacetrack.documents.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Footnotes and endnotes: each reference in the text becomes its mark, numbered in reference order as
 * Word numbers them ({@code <sup>1</sup>}, endnotes {@code <sup>i</sup>}); the notes' texts are kept to be
 * written after the body as {@code <sup>1</sup> text}, the form the PDF reader gives its page-foot notes.
 */
final class DocxNotes {

    enum Kind { FOOTNOTE, ENDNOTE }

    record Referenced(Kind kind, int id, String mark) {
    }

    private final XWPFDocument document;
    private final List<Referenced> referenced = new ArrayList<>();
    private final String footnoteFormat;
    private final String endnoteFormat;
    private int footnotes;
    private int endnotes;

    DocxNotes(XWPFDocument document) {
        this.document = document;
        Optional<Node> sectPr = Optional.ofNullable(document.getDocument().getBody())
                .filter(body -> body.isSetSectPr()).map(body -> body.getSectPr().getDomNode());
        this.footnoteFormat = noteFormat(sectPr, "footnotePr").orElse("decimal");
        this.endnoteFormat = noteFormat(sectPr, "endnotePr").orElse("lowerRoman");
    }

    /** The mark for a reference; a reference with a custom mark shows the typed text that follows it. */
    String reference(Kind kind, Element reference) {
        Optional<Integer> id = DocxXml.parseInt(DocxXml.attribute(reference, "id"));
        if (id.isEmpty()) {
            return "";
        }
        String custom = DocxXml.attribute(reference, "customMarkFollows");
        if (custom.equals("1") || custom.equalsIgnoreCase("true") || custom.equalsIgnoreCase("on")) {
            referenced.add(new Referenced(kind, id.get(), ""));
            return "";
        }
        String mark = kind == Kind.FOOTNOTE ? DocxNumberFormat.format(++footnotes, footnoteFormat)
                : DocxNumberFormat.format(++endnotes, endnoteFormat);
        referenced.add(new Referenced(kind, id.get(), mark));
        return "<sup>" + mark + "</sup>";
    }

    List<Referenced> referenced() {
        return List.copyOf(referenced);
    }

    Optional<XWPFAbstractFootnoteEndnote> note(Referenced note) {
        return Optional.ofNullable(note.kind() == Kind.FOOTNOTE ? document.getFootnoteByID(note.id())
                : document.getEndnoteByID(note.id()));
    }

    private static Optional<String> noteFormat(Optional<Node> sectPr, String properties) {
        return sectPr.flatMap(s -> DocxXml.child(s, properties)).flatMap(p -> DocxXml.childVal(p, "numFmt"));
    }
}
