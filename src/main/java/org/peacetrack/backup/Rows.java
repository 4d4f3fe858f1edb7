package org.peacetrack.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A table's rows as JSON lines, in the archive's order (binary values by their SHA-256): for comparing small tables. */
final class Rows {

    private Rows() {
    }

    static List<String> of(Connection connection, Table table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement q = connection.createStatement();
                ResultSet rs = q.executeQuery("select " + table.columnList() + " from " + table.quoted() + table.orderBy())) {
            while (rs.next()) {
                List<Object> values = new ArrayList<>();
                for (int i = 0; i < table.columns().size(); i++) {
                    ColumnKind kind = table.columns().get(i).kind();
                    if (kind == ColumnKind.BINARY) {
                        byte[] bytes = rs.getBytes(i + 1);
                        values.add(bytes == null ? null : Sha256.hex(bytes));
                    } else {
                        values.add(kind.read(rs, i + 1));
                    }
                }
                rows.add(ArchiveWriter.JSON.writeValueAsString(values));
            }
        }
        return rows;
    }

    static long count(Connection connection, Table table) throws SQLException {
        try (Statement q = connection.createStatement();
                ResultSet rs = q.executeQuery("select count(*) from " + table.quoted())) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
