package org.peacetrack.documents;

import java.util.ArrayList;
import java.util.List;

/** Collects a reader's output in the shape the recognisers read: blocks apart by blank lines, {@code ---} per page end. */
final class Blocks {

    static final String PAGE_END = "---";

    private final List<String> blocks = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<TextRepair> repairs = new ArrayList<>();

    void block(CharSequence text) {
        String block = text.toString().strip();
        if (!block.isEmpty()) {
            blocks.add(block);
        }
    }

    void heading(int level, CharSequence text) {
        String heading = text.toString().strip();
        if (!heading.isEmpty()) {
            blocks.add("#".repeat(Math.max(1, Math.min(6, level))) + " " + heading);
        }
    }

    /** A page end; never two in a row and never before the first block. */
    void pageEnd() {
        if (!blocks.isEmpty() && !blocks.get(blocks.size() - 1).equals(PAGE_END)) {
            blocks.add(PAGE_END);
        }
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    void repaired(List<TextRepair> made) {
        repairs.addAll(made);
    }

    List<String> list() {
        return List.copyOf(blocks);
    }

    SourceText toSourceText(SourceFormat format) {
        List<String> content = new ArrayList<>(blocks);
        while (!content.isEmpty() && content.get(content.size() - 1).equals(PAGE_END)) {
            content.remove(content.size() - 1);
        }
        return new SourceText(format, String.join("\n\n", content) + "\n", warnings, repairs);
    }
}
