package org.peacetrack.documents.docx;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.w3c.dom.Element;

/**
 * Word's automatic paragraph numbering (numbering.xml), counted in document order so that each numbered
 * paragraph gets the label Word shows: "12.", "(b)", "iv.", "2.3". Lists that share a definition share
 * their counters; a list instance with level overrides (how Word and pandoc restart a list) counts apart,
 * from its start override.
 */
final class DocxNumbering {

    private static final int LEVELS = 9;
    private static final String PRIVATE_USE = "[\\uE000-\\uF8FF]";

    private final Map<String, DocxListDefinition> definitions = new HashMap<>();
    private final Map<String, int[]> counters = new HashMap<>();
    private final Map<String, boolean[]> seen = new HashMap<>();
    private final Set<String> startedInstances = new HashSet<>();
    private final DocxParagraphStyles styles;

    DocxNumbering(XWPFDocument document) {
        this.styles = new DocxParagraphStyles(document);
        XWPFNumbering numbering = document.getNumbering();
        if (numbering == null) {
            return;
        }
        Map<String, Element> abstracts = new HashMap<>();
        for (XWPFAbstractNum abstractNum : numbering.getAbstractNums()) {
            Element element = (Element) abstractNum.getCTAbstractNum().getDomNode();
            abstracts.put(DocxXml.attribute(element, "abstractNumId"), element);
        }
        for (XWPFNum num : numbering.getNums()) {
            Element element = (Element) num.getCTNum().getDomNode();
            DocxListDefinition.of(element, abstracts, styles)
                    .ifPresent(definition -> definitions.put(DocxXml.attribute(element, "numId"), definition));
        }
    }

    /** The label and separator Word puts before this paragraph, counting it; empty if it is not numbered. */
    Optional<String> label(XWPFParagraph paragraph) {
        Optional<DocxParagraphStyles.NumberingReference> reference = styles.numbering(paragraph);
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        DocxListDefinition definition = definitions.get(reference.get().numId());
        if (definition == null) {
            return Optional.empty();
        }
        int level = Math.max(0, Math.min(LEVELS - 1, reference.get().level()
                .orElseGet(() -> definition.levelOfStyle(paragraph.getStyleID()).orElse(0))));
        String key = definition.counterKey();
        int[] values = counters.computeIfAbsent(key, k -> new int[LEVELS]);
        boolean[] used = seen.computeIfAbsent(key, k -> new boolean[LEVELS]);
        if (startedInstances.add(reference.get().numId())) {
            definition.startOverrides().keySet().forEach(l -> used[l] = false);
        }
        values[level] = used[level] ? values[level] + 1 : definition.start(level);
        used[level] = true;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            if (definition.level(deeper).restartsAfter(level)) {
                used[deeper] = false;
            }
        }
        String label = text(definition, level, values, used);
        return label.isEmpty() ? Optional.empty() : Optional.of(label + definition.level(level).separator());
    }

    private static String text(DocxListDefinition definition, int level, int[] values, boolean[] used) {
        DocxListLevel current = definition.level(level);
        if (current.numFmt().equals("bullet")) {
            return current.text().replaceAll(PRIVATE_USE, "\u2022");
        }
        StringBuilder out = new StringBuilder();
        String pattern = current.text();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) >= '1' && pattern.charAt(i + 1) <= '9') {
                int shown = pattern.charAt(++i) - '1';
                int value = used[shown] ? values[shown] : definition.start(shown);
                String numFmt = current.legal() ? "decimal" : definition.level(shown).numFmt();
                out.append(DocxNumberFormat.format(value, numFmt));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
