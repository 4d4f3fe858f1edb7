package org.peacetrack.documents.format;

import java.util.ArrayList;
import java.util.List;
import org.peacetrack.documents.SourceFormat;
import org.peacetrack.documents.SourceText;
import org.peacetrack.documents.TextRepair;

/** Collects a reader's output in the shape the recognisers read: blocks apart by blank lines, {@code ---} per page end. */
public final class Blocks {

    public static final String PAGE_END = "---";

    private final List<String> blocks = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<TextRepair> repairs = new ArrayList<>();

    public void block(CharSequence text) {
        String block = text.toString().strip();
        if (!block.isEmpty()) {
            blocks.add(block);
        }
    }

    public void heading(int level, CharSequence text) {
        String heading = text.toString().strip();
        if (!heading.isEmpty()) {
            blocks.add("#".repeat(Math.max(1, Math.min(6, level))) + " " + heading);
        }
    }

    /** A page end; never two in a row and never before the first block. */
    public void pageEnd() {
        if (!blocks.isEmpty() && !blocks.get(blocks.size() - 1).equals(PAGE_END)) {
            blocks.add(PAGE_END);
        }
    }

    public void warn(String warning) {
        warnings.add(warning);
    }

    public void repaired(List<TextRepair> made) {
        repairs.addAll(made);
    }

    public List<String> list() {
        return List.copyOf(blocks);
    }

    public SourceText toSourceText(SourceFormat format) {
        List<String> content = new ArrayList<>(blocks);
        while (!content.isEmpty() && content.get(content.size() - 1).equals(PAGE_END)) {
            content.remove(content.size() - 1);
        }
        return new SourceText(format, String.join("\n\n", content) + "\n", warnings, repairs);
    }
}
