package org.peacetrack.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The application tables of a database, read from its standard catalogue (information_schema and JDBC
 * metadata, the same questions on H2 and PostgreSQL), ordered so that a table comes after those it refers to.
 * Flyway's history is not an application table: the target database has its own.
 */
final class DatabaseSchema {

    static final String FLYWAY_HISTORY = "flyway_schema_history";

    private final List<Table> tables;
    private final String version;

    private DatabaseSchema(List<Table> tables, String version) {
        this.tables = tables;
        this.version = version;
    }

    static DatabaseSchema read(Connection connection) throws SQLException {
        String schema = connection.getSchema();
        Map<String, String> names = new TreeMap<>();
        try (PreparedStatement q = connection.prepareStatement("select table_name from information_schema.tables"
                + " where table_schema = ? and table_type in ('BASE TABLE', 'TABLE')")) {
            q.setString(1, schema);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(1));
                }
            }
        }
        String history = names.remove(FLYWAY_HISTORY);
        if (history == null) {
            throw new BackupRefusedException("This database has no Flyway history: Peacetrack never set it up "
                    + "(start Peacetrack once on it, or check spring.datasource.url)");
        }
        String version = schemaVersion(connection, history);
        Map<String, Table> byName = new LinkedHashMap<>();
        for (Map.Entry<String, String> name : names.entrySet()) {
            byName.put(name.getKey(), table(connection, schema, name.getKey(), name.getValue()));
        }
        return new DatabaseSchema(referencedFirst(connection, schema, byName), version);
    }

    List<Table> tables() {
        return tables;
    }

    /** The version of the newest migration applied, as Flyway numbers it ("83"). */
    String version() {
        return version;
    }

    private static String schemaVersion(Connection connection, String history) throws SQLException {
        try (Statement q = connection.createStatement();
                ResultSet rs = q.executeQuery("select \"version\" from " + Table.quote(history)
                        + " where \"success\" = true and \"version\" is not null order by \"installed_rank\" desc")) {
            if (!rs.next()) {
                throw new BackupRefusedException("This database's Flyway history lists no migration applied");
            }
            return rs.getString(1);
        }
    }

    private static Table table(Connection connection, String schema, String name, String catalogueName) throws SQLException {
        List<Table.Column> columns = new ArrayList<>();
        List<String> identities = new ArrayList<>();
        try (PreparedStatement q = connection.prepareStatement("select column_name, data_type, is_identity"
                + " from information_schema.columns where table_schema = ? and table_name = ? order by ordinal_position")) {
            q.setString(1, schema);
            q.setString(2, catalogueName);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String spelled = rs.getString(1);
                    String column = spelled.toLowerCase(Locale.ROOT);
                    ColumnKind kind = ColumnKind.of(rs.getString(2));
                    if (kind == null) {
                        throw new BackupRefusedException("Column " + name + "." + column + " is of type " + rs.getString(2)
                                + ", which the backup does not know how to carry");
                    }
                    columns.add(new Table.Column(column, spelled, kind));
                    if ("YES".equalsIgnoreCase(rs.getString(3))) {
                        identities.add(column);
                    }
                }
            }
        }
        List<String> key = new ArrayList<>();
        Map<Short, String> keyBySeq = new TreeMap<>();
        try (ResultSet rs = connection.getMetaData().getPrimaryKeys(null, schema, catalogueName)) {
            while (rs.next()) {
                keyBySeq.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        key.addAll(keyBySeq.values());
        return new Table(name, catalogueName, columns, key, identities);
    }

    /** Tables in an order where every table comes after the tables its foreign keys refer to. */
    private static List<Table> referencedFirst(Connection connection, String schema, Map<String, Table> byName)
            throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Map<String, Set<String>> refersTo = new LinkedHashMap<>();
        for (Table t : byName.values()) {
            Set<String> parents = new LinkedHashSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, schema, t.catalogueName())) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(t.name()) && byName.containsKey(parent)) {
                        parents.add(parent);
                    }
                }
            }
            refersTo.put(t.name(), parents);
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < byName.size()) {
            boolean progress = false;
            for (Table t : byName.values()) {
                if (!placed.contains(t.name()) && placed.containsAll(refersTo.get(t.name()))) {
                    ordered.add(t);
                    placed.add(t.name());
                    progress = true;
                }
            }
            if (!progress) {
                throw new BackupRefusedException("The tables' foreign keys form a cycle; the backup cannot order them");
            }
        }
        return ordered;
    }
}
