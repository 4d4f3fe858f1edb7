package org.peacetrack.backup;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An application table as the database's catalogue describes it: its name in lower case (the archive's name),
 * the name the catalogue spells it with, its columns in order, its primary key and identity columns.
 */
record Table(String name, String catalogueName, List<Column> columns, List<String> primaryKey, List<String> identities) {

    record Column(String name, ColumnKind kind) {
    }

    /** Every column in order, for reading and writing rows in the same order. */
    String columnList() {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    /** Rows in a fixed order: by primary key, else by every column, so two equal databases list rows alike. */
    String orderBy() {
        List<String> keys = primaryKey.isEmpty()
                ? columns.stream().filter(c -> c.kind() != ColumnKind.BINARY).map(Column::name).toList() : primaryKey;
        return keys.isEmpty() ? "" : " order by " + String.join(", ", keys);
    }

    boolean hasBinary() {
        return columns.stream().anyMatch(c -> c.kind() == ColumnKind.BINARY);
    }
}
