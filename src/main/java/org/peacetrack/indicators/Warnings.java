package org.peacetrack.indicators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Quirks of a file, each counted once with the first line it was seen on, so 98,846 rows give a short list. */
final class Warnings {

    private record Seen(int firstLine, int[] count) {
    }

    private final Map<String, Seen> seen = new LinkedHashMap<>();

    void add(String what, int line) {
        seen.computeIfAbsent(what, k -> new Seen(line, new int[1])).count()[0]++;
    }

    void addOnce(String what) {
        seen.putIfAbsent(what, new Seen(0, new int[] {1}));
    }

    List<String> list() {
        return seen.entrySet().stream().map(e -> {
            Seen s = e.getValue();
            if (s.firstLine() == 0) {
                return e.getKey();
            }
            return s.count()[0] == 1 ? e.getKey() + " (line " + s.firstLine() + ")"
                    : e.getKey() + " (" + s.count()[0] + " rows, first at line " + s.firstLine() + ")";
        }).toList();
    }
}
