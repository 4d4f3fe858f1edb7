package org.peacetrack.backup;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The database-neutral kinds of value an archive holds, each with how it is read from a row and written into
 * an insert. Values travel as JSON: numbers, text, booleans, ISO-8601 dates and times (instants in UTC for
 * columns with a time zone), and binary values by the SHA-256 of their bytes, which travel as entries of their own.
 */
enum ColumnKind {
    INTEGER, DECIMAL, FLOAT, BOOLEAN, TEXT, DATE, TIMESTAMP, TIMESTAMPTZ, BINARY;

    /** The kind of a column by the standard information_schema data_type that H2 and PostgreSQL both report. */
    static ColumnKind of(String dataType) {
        return switch (dataType.toLowerCase(Locale.ROOT)) {
            case "bigint", "integer", "smallint", "tinyint", "int", "int4", "int8" -> INTEGER;
            case "numeric", "decimal" -> DECIMAL;
            case "double precision", "real", "float", "decfloat" -> FLOAT;
            case "boolean" -> BOOLEAN;
            case "character varying", "character", "text", "character large object", "varchar_ignorecase" -> TEXT;
            case "date" -> DATE;
            case "timestamp", "timestamp without time zone" -> TIMESTAMP;
            case "timestamp with time zone" -> TIMESTAMPTZ;
            case "binary varying", "bytea", "binary large object", "binary" -> BINARY;
            default -> null;
        };
    }

    /** The column's value as it goes into JSON (binary values are read by the caller, not here). */
    Object read(ResultSet rs, int column) throws SQLException {
        Object value = switch (this) {
            case INTEGER -> rs.getLong(column);
            case DECIMAL -> {
                BigDecimal d = rs.getBigDecimal(column);
                yield d == null ? null : d.toPlainString();
            }
            case FLOAT -> {
                double d = rs.getDouble(column);
                yield Double.isFinite(d) ? (Object) d : Double.toString(d);
            }
            case BOOLEAN -> rs.getBoolean(column);
            case TEXT -> rs.getString(column);
            case DATE -> text(rs.getObject(column, LocalDate.class));
            case TIMESTAMP -> text(rs.getObject(column, LocalDateTime.class));
            case TIMESTAMPTZ -> {
                OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
                yield t == null ? null : t.toInstant().toString();
            }
            case BINARY -> throw new IllegalStateException("binary values are read as bytes");
        };
        return rs.wasNull() ? null : value;
    }

    /** Binds a value read from JSON; refuses one that is not of this kind with what was found. */
    void bind(PreparedStatement insert, int parameter, Object value, String where) throws SQLException {
        if (value == null) {
            insert.setNull(parameter, sqlType());
            return;
        }
        try {
            switch (this) {
                case INTEGER -> insert.setLong(parameter, ((Number) integral(value)).longValue());
                case DECIMAL -> insert.setBigDecimal(parameter, new BigDecimal((String) value));
                case FLOAT -> insert.setDouble(parameter, value instanceof String s ? Double.parseDouble(s)
                        : ((Number) value).doubleValue());
                case BOOLEAN -> insert.setBoolean(parameter, (Boolean) value);
                case TEXT -> insert.setString(parameter, (String) value);
                case DATE -> insert.setObject(parameter, LocalDate.parse((String) value));
                case TIMESTAMP -> insert.setObject(parameter, LocalDateTime.parse((String) value));
                case TIMESTAMPTZ -> insert.setObject(parameter, Instant.parse((String) value).atOffset(ZoneOffset.UTC));
                case BINARY -> throw new IllegalStateException("binary values are bound as bytes");
            }
        } catch (ClassCastException | java.time.DateTimeException | NumberFormatException e) {
            throw new BackupRefusedException("The archive holds a value that is not " + name().toLowerCase(Locale.ROOT)
                    + " in " + where + ": " + abbreviated(value));
        }
    }

    private static Object integral(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger b && b.bitLength() < 64) {
            return value;
        }
        throw new ClassCastException();
    }

    private int sqlType() {
        return switch (this) {
            case INTEGER -> Types.BIGINT;
            case DECIMAL -> Types.NUMERIC;
            case FLOAT -> Types.DOUBLE;
            case BOOLEAN -> Types.BOOLEAN;
            case TEXT -> Types.VARCHAR;
            case DATE -> Types.DATE;
            case TIMESTAMP -> Types.TIMESTAMP;
            case TIMESTAMPTZ -> Types.TIMESTAMP_WITH_TIMEZONE;
            case BINARY -> Types.VARBINARY;
        };
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String abbreviated(Object value) {
        String s = String.valueOf(value);
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
