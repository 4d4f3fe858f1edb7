package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * ADR 0059: the change log's states before and after, written until now as one line ("RETURNED | IMPLEMENTED |
 * message: ... | evidence: 2 | text"), become JSON objects with the fields state, status, message, evidence and
 * narrative, read as the change-log page used to read the line back. A narrative the old line had shortened
 * to 300 characters stays as it was shortened: the whole text was never stored. In Java because H2 and
 * PostgreSQL share no SQL to split a string or build JSON.
 */
public class V95__Change_log_states_as_json extends BaseJavaMigration {

    private static final int BATCH = 1000;
    private static final Pattern SEPARATOR = Pattern.compile(" \\| ");
    private static final Pattern COUNT = Pattern.compile("[1-9][0-9]{0,8}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        try (Statement read = db.createStatement();
                PreparedStatement write = db.prepareStatement(
                        "update change_log set before_state = ?, after_state = ? where id = ?")) {
            // in pages rather than all at once (PostgreSQL honours the fetch size inside the migration's transaction)
            read.setFetchSize(BATCH);
            try (ResultSet rows = read.executeQuery("select id, before_state, after_state from change_log"
                    + " where before_state is not null or after_state is not null")) {
                int pending = 0;
                while (rows.next()) {
                    write.setString(1, json(rows.getString(2)));
                    write.setString(2, json(rows.getString(3)));
                    write.setLong(3, rows.getLong(1));
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            write.executeBatch();
        }
    }

    /**
     * A logged line as a JSON state: its first two parts the workflow state and status, then a part
     * "message: ..." and a part "evidence: N" if present (never the last part, which is text), and the rest,
     * rejoined, the narrative. A line of fewer than three parts is all narrative; a blank one no state.
     */
    static String json(String line) {
        if (line == null || line.isBlank()) {
            return null;
        }
        ObjectNode state = JSON.createObjectNode();
        String[] parts = SEPARATOR.split(line, -1);
        if (parts.length < 3) {
            state.putNull("state");
            state.putNull("status");
            state.putNull("message");
            state.put("evidence", 0);
            state.put("narrative", line);
            return JSON.writeValueAsString(state);
        }
        String message = null;
        int evidence = 0;
        int next = 2;
        if (next < parts.length - 1 && parts[next].startsWith("message: ")) {
            message = parts[next++].substring("message: ".length());
        }
        if (next < parts.length - 1 && parts[next].startsWith("evidence: ")
                && COUNT.matcher(parts[next].substring("evidence: ".length())).matches()) {
            evidence = Integer.parseInt(parts[next++].substring("evidence: ".length()));
        }
        state.put("state", named(parts[0]));
        state.put("status", named(parts[1]));
        state.put("message", message);
        state.put("evidence", evidence);
        state.put("narrative", String.join(" | ", Arrays.copyOfRange(parts, next, parts.length)));
        return JSON.writeValueAsString(state);
    }

    /** An enum's name as logged; "null" (a value the update did not have) as no value. */
    private static String named(String logged) {
        return "null".equals(logged) ? null : logged;
    }
}
