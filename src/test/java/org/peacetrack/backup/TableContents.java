package org.peacetrack.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Every application table of a database with its rows, read by plain JDBC independently of the archive's own
 * codec, with values made comparable across H2 and PostgreSQL (instants, whole numbers, bytes as hex).
 */
final class TableContents {

    private TableContents() {
    }

    static Map<String, List<List<Object>>> of(DataSource dataSource) throws SQLException {
        Map<String, List<List<Object>>> tables = new TreeMap<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE", "BASE TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String name : names) {
                String table = name.toLowerCase(Locale.ROOT);
                if (table.equals("flyway_schema_history")) {
                    continue;
                }
                tables.put(table, rows(c, table));
            }
        }
        return tables;
    }

    private static List<List<Object>> rows(Connection c, String table) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement q = c.createStatement(); ResultSet rs = q.executeQuery("select * from " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
            }
            while (rs.next()) {
                Map<String, Object> row = new TreeMap<>();
                for (int i = 1; i <= columns.size(); i++) {
                    row.put(columns.get(i - 1), comparable(rs.getObject(i)));
                }
                rows.add(new ArrayList<>(row.entrySet().stream().map(e -> (Object) (e.getKey() + "=" + e.getValue())).toList()));
            }
        }
        rows.sort((a, b) -> a.toString().compareTo(b.toString()));
        return rows;
    }

    private static Object comparable(Object value) {
        if (value instanceof byte[] bytes) {
            return "bytes:" + HexFormat.of().formatHex(bytes);
        } else if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        } else if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        } else if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        } else if (value instanceof Integer || value instanceof Short) {
            return ((Number) value).longValue();
        } else if (value instanceof java.math.BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return value;
    }
}
