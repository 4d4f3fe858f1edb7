package org.peacetrack.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words one text removes from and adds to another, for showing a change to a person: what stayed,
 * what went, what came, in reading order. Whitespace runs are tokens of their own, so the parts joined
 * give back either text exactly.
 */
public final class WordDiff {

    private static final Pattern BOUNDARY = Pattern.compile("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");

    private WordDiff() {
    }

    public static List<DiffPart> between(String before, String after) {
        List<String> from = tokens(before);
        List<String> to = tokens(after);
        List<DiffPart> parts = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            Chunk<String> source = delta.getSource();
            add(parts, DiffPart.Kind.SAME, from.subList(position, source.getPosition()));
            add(parts, DiffPart.Kind.REMOVED, source.getLines());
            add(parts, DiffPart.Kind.ADDED, delta.getTarget().getLines());
            position = source.getPosition() + source.size();
        }
        add(parts, DiffPart.Kind.SAME, from.subList(position, from.size()));
        return joinedAcrossSpaces(parts);
    }

    /**
     * "is ongoing" → "was completed" reads better as one removal and one addition than as two pairs around a
     * shared space: a run of changes separated only by whitespace becomes one removal and one addition.
     */
    private static List<DiffPart> joinedAcrossSpaces(List<DiffPart> parts) {
        List<DiffPart> joined = new ArrayList<>();
        StringBuilder removed = new StringBuilder();
        StringBuilder added = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            DiffPart part = parts.get(i);
            boolean inChange = !removed.isEmpty() || !added.isEmpty();
            boolean spaceBetweenChanges = part.kind() == DiffPart.Kind.SAME && part.text().isBlank() && inChange
                    && i + 1 < parts.size() && parts.get(i + 1).kind() != DiffPart.Kind.SAME;
            if (part.removed()) {
                removed.append(part.text());
            } else if (part.added()) {
                added.append(part.text());
            } else if (spaceBetweenChanges) {
                removed.append(part.text());
                added.append(part.text());
            } else {
                flush(joined, removed, added);
                joined.add(part);
            }
        }
        flush(joined, removed, added);
        return joined;
    }

    private static void flush(List<DiffPart> joined, StringBuilder removed, StringBuilder added) {
        if (!removed.isEmpty()) {
            joined.add(new DiffPart(DiffPart.Kind.REMOVED, removed.toString()));
        }
        if (!added.isEmpty()) {
            joined.add(new DiffPart(DiffPart.Kind.ADDED, added.toString()));
        }
        removed.setLength(0);
        added.setLength(0);
    }

    /** Whether the texts differ in more than whitespace at their ends. */
    public static boolean changed(String before, String after) {
        return !strip(before).equals(strip(after));
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static List<String> tokens(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(BOUNDARY.split(text));
    }

    private static void add(List<DiffPart> parts, DiffPart.Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        int last = parts.size() - 1;
        if (last >= 0 && parts.get(last).kind() == kind) {
            parts.set(last, new DiffPart(kind, parts.get(last).text() + text));
        } else {
            parts.add(new DiffPart(kind, text));
        }
    }
}
