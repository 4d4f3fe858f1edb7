package org.peacetrack.benchmarks.corpus;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.postgresql.copy.CopyManager;

/** Streams rows into a PostgreSQL table with COPY, a batch at a time. */
final class CopyWriter implements AutoCloseable {

    private static final int BATCH = 20_000;

    private final CopyManager copy;
    private final String statement;
    private final StringBuilder buffer = new StringBuilder();
    private int rows;
    private long total;

    CopyWriter(CopyManager copy, String table, String columns) {
        this.copy = copy;
        this.statement = "COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv)";
    }

    void row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append(',');
            }
            Object v = values[i];
            if (v instanceof String s) {
                buffer.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else if (v != null) {
                buffer.append(v);
            }
        }
        buffer.append('\n');
        if (++rows == BATCH) {
            flush();
        }
    }

    void flush() {
        if (rows == 0) {
            return;
        }
        try {
            total += copy.copyIn(statement, new StringReader(buffer.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY failed: " + statement, e);
        }
        buffer.setLength(0);
        rows = 0;
    }

    long total() {
        return total;
    }

    @Override
    public void close() {
        flush();
    }
}
