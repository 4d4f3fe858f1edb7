package org.peacetrack.documents.docx;

import java.util.Optional;
import org.w3c.dom.Element;

/**
 * One level of a Word list definition (w:lvl): how its counter is written, where it starts, when it
 * restarts, and what separates the label from the text.
 */
record DocxListLevel(String numFmt, String text, int start, Optional<Integer> restartAfter, boolean legal,
        String suffix, Optional<String> styleId) {

    private static final DocxListLevel DEFAULT = new DocxListLevel("decimal", "", 0, Optional.empty(), false, "tab",
            Optional.empty());

    /** The spec's defaults: a counter starts at zero, restarts after any higher level, and a tab follows. */
    static DocxListLevel of(Element lvl) {
        return new DocxListLevel(
                DocxXml.childVal(lvl, "numFmt").orElse("decimal"),
                DocxXml.childVal(lvl, "lvlText").orElse(""),
                DocxXml.childInt(lvl, "start").orElse(0),
                DocxXml.childInt(lvl, "lvlRestart"),
                DocxXml.child(lvl, "isLgl").map(e -> isOn(DocxXml.attribute(e, "val"))).orElse(false),
                DocxXml.childVal(lvl, "suff").orElse("tab"),
                DocxXml.childVal(lvl, "pStyle"));
    }

    static DocxListLevel absent() {
        return DEFAULT;
    }

    /** Whether a paragraph at the higher level {@code usedLevel} restarts this level's counter (w:lvlRestart). */
    boolean restartsAfter(int usedLevel) {
        return restartAfter.map(n -> n != 0 && usedLevel < n).orElse(true);
    }

    String separator() {
        return switch (suffix) {
            case "space" -> " ";
            case "nothing" -> "";
            default -> "\t";
        };
    }

    private static boolean isOn(String value) {
        return value.isEmpty() || value.equals("1") || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on");
    }
}
