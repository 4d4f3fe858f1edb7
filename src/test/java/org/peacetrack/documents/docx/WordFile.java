package org.peacetrack.documents.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.peacetrack.documents.SourceReaders;

/** A small Word document built with POI in a test, parts given as WordprocessingML where POI has no builder. */
final class WordFile implements AutoCloseable {

    static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    final XWPFDocument document = new XWPFDocument();

    /** numbering.xml from its w:abstractNum and w:num elements. */
    WordFile numbering(String abstractNumsAndNums) {
        document.createNumbering().setNumbering(parse(() -> CTNumbering.Factory.parse(
                fragment("<w:numbering " + W + ">" + abstractNumsAndNums + "</w:numbering>"))));
        return this;
    }

    WordFile style(String styleXml) {
        if (document.getStyles() == null) {
            document.createStyles();
        }
        document.getStyles().addStyle(new XWPFStyle(parse(() -> CTStyle.Factory.parse(fragment(styleXml)))));
        return this;
    }

    XWPFParagraph paragraph(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.createRun().setText(text);
        return paragraph;
    }

    XWPFParagraph listItem(int numId, int level, String text) {
        XWPFParagraph paragraph = paragraph(text);
        paragraph.setNumID(BigInteger.valueOf(numId));
        paragraph.setNumILvl(BigInteger.valueOf(level));
        return paragraph;
    }

    /** A paragraph given as its w:p element (runs with hyphens, symbols, references). */
    XWPFParagraph rawParagraph(String paragraphXml) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.getCTP().set(paragraphElement(paragraphXml));
        return paragraph;
    }

    static CTP paragraphElement(String paragraphXml) {
        return parse(() -> CTP.Factory.parse(fragment(paragraphXml)));
    }

    XWPFHeader firstPageHeader() {
        return document.createHeader(HeaderFooterType.FIRST);
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text the DOCX reader makes of this document. */
    String read() {
        return new SourceReaders().read("built.docx", bytes()).text();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    /** XmlBeans reads a type's content from an xml-fragment; an element of its own would nest inside. */
    private static String fragment(String elementXml) {
        return elementXml.replaceFirst("^<w:\\w+", "<xml-fragment").replaceFirst("</w:\\w+>$", "</xml-fragment>");
    }

    private interface Parser<T> {
        T parse() throws XmlException;
    }

    private static <T> T parse(Parser<T> parser) {
        try {
            return parser.parse();
        } catch (XmlException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** An abstract list definition with one w:lvl per given level, each "numFmt lvlText [start]". */
    static String abstractNum(int id, String... levels) {
        StringBuilder xml = new StringBuilder("<w:abstractNum w:abstractNumId=\"" + id + "\">");
        for (int i = 0; i < levels.length; i++) {
            String[] parts = levels[i].split(" ");
            xml.append("<w:lvl w:ilvl=\"").append(i).append("\">");
            xml.append("<w:start w:val=\"").append(parts.length > 2 ? parts[2] : "1").append("\"/>");
            xml.append("<w:numFmt w:val=\"").append(parts[0]).append("\"/>");
            xml.append("<w:lvlText w:val=\"").append(parts[1]).append("\"/></w:lvl>");
        }
        return xml.append("</w:abstractNum>").toString();
    }

    static String num(int numId, int abstractId, String overrides) {
        return "<w:num w:numId=\"" + numId + "\"><w:abstractNumId w:val=\"" + abstractId + "\"/>" + overrides + "</w:num>";
    }

    static String startOverride(int level, int start) {
        return "<w:lvlOverride w:ilvl=\"" + level + "\"><w:startOverride w:val=\"" + start + "\"/></w:lvlOverride>";
    }
}
