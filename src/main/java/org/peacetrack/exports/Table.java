package org.peacetrack.exports;

import java.util.List;

/** Rows under named columns: what every export writes, in whichever format, with the same columns. */
public record Table(String name, List<String> columns, List<List<Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
