package org.peacetrack.documents.docx;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * One list instance (w:num): its abstract definition's levels with the instance's level overrides applied.
 * An abstract definition that only links to a numbering style (w:numStyleLink) takes that style's list.
 */
record DocxListDefinition(String abstractId, String numId, Map<Integer, DocxListLevel> levels,
        Map<Integer, Integer> startOverrides) {

    static Optional<DocxListDefinition> of(Element num, Map<String, Element> abstracts, DocxParagraphStyles styles) {
        Optional<String> abstractId = DocxXml.childVal(num, "abstractNumId");
        Element abstractNum = abstractId.map(abstracts::get).orElse(null);
        if (abstractNum == null) {
            return Optional.empty();
        }
        Optional<String> link = DocxXml.childVal(abstractNum, "numStyleLink");
        if (link.isPresent()) {
            Optional<Element> linked = styles.numIdOfStyle(link.get()).flatMap(id -> findNum(num, id))
                    .flatMap(other -> DocxXml.childVal(other, "abstractNumId")).map(abstracts::get);
            if (linked.isPresent()) {
                abstractNum = linked.get();
            }
        }
        Map<Integer, DocxListLevel> levels = new HashMap<>();
        for (Element lvl : DocxXml.children(abstractNum, "lvl")) {
            DocxXml.parseInt(DocxXml.attribute(lvl, "ilvl")).ifPresent(i -> levels.put(i, DocxListLevel.of(lvl)));
        }
        Map<Integer, Integer> starts = new HashMap<>();
        for (Element override : DocxXml.children(num, "lvlOverride")) {
            Optional<Integer> ilvl = DocxXml.parseInt(DocxXml.attribute(override, "ilvl"));
            if (ilvl.isEmpty()) {
                continue;
            }
            DocxXml.child(override, "lvl").ifPresent(lvl -> levels.put(ilvl.get(), DocxListLevel.of(lvl)));
            DocxXml.childInt(override, "startOverride").ifPresent(start -> starts.put(ilvl.get(), start));
        }
        return Optional.of(new DocxListDefinition(DocxXml.attribute(abstractNum, "abstractNumId"),
                DocxXml.attribute(num, "numId"), levels, starts));
    }

    private static Optional<Element> findNum(Element num, String numId) {
        for (Element sibling : DocxXml.children(num.getParentNode(), "num")) {
            if (numId.equals(DocxXml.attribute(sibling, "numId"))) {
                return Optional.of(sibling);
            }
        }
        return Optional.empty();
    }

    DocxListLevel level(int ilvl) {
        return levels.getOrDefault(ilvl, DocxListLevel.absent());
    }

    int start(int ilvl) {
        return startOverrides.getOrDefault(ilvl, level(ilvl).start());
    }

    /** Instances without overrides continue their abstract definition's counters, as Word counts them. */
    String counterKey() {
        return startOverrides.isEmpty() ? "abstract " + abstractId : "instance " + numId;
    }

    /** The level whose w:pStyle names this paragraph style (a heading style linked to a list). */
    Optional<Integer> levelOfStyle(String styleId) {
        if (styleId == null) {
            return Optional.empty();
        }
        return levels.entrySet().stream().filter(e -> e.getValue().styleId().filter(styleId::equals).isPresent())
                .map(Map.Entry::getKey).findFirst();
    }
}
