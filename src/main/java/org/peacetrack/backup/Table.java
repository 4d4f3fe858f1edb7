package org.peacetrack.backup;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An application table as the database's catalogue describes it: its name in lower case (the archive's name),
 * the name the catalogue spells it with, its columns in order, its primary key and identity columns.
 */
record Table(String name, String catalogueName, List<Column> columns, List<String> primaryKey, List<String> identities) {

    /** A column by its name in lower case, and as the catalogue spells it. */
    record Column(String name, String catalogueName, ColumnKind kind) {

        String quoted() {
            return Table.quote(catalogueName);
        }
    }

    /** The table's name for SQL, quoted as the catalogue spells it (Flyway's own table is in lower case on H2). */
    String quoted() {
        return quote(catalogueName);
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** The column of this lower-case name. */
    Column column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** Every column in order, for reading and writing rows in the same order. */
    String columnList() {
        return columns.stream().map(Column::quoted).collect(Collectors.joining(", "));
    }

    /** Rows in a fixed order: by primary key, else by every column, so two equal databases list rows alike. */
    String orderBy() {
        List<String> keys = (primaryKey.isEmpty()
                ? columns.stream().filter(c -> c.kind() != ColumnKind.BINARY).toList()
                : primaryKey.stream().map(this::column).toList()).stream().map(Column::quoted).toList();
        return keys.isEmpty() ? "" : " order by " + String.join(", ", keys);
    }

    boolean hasBinary() {
        return columns.stream().anyMatch(c -> c.kind() == ColumnKind.BINARY);
    }
}
