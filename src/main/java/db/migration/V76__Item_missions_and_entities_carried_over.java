package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * ADR 0048: each item's comma-joined missions and responsible entities become rows of item_mission and
 * item_entity (made by V75), split at the commas, trimmed, without blanks or repeats, in their first order;
 * then the two columns go. In Java because H2 and PostgreSQL share no SQL to split a string into rows.
 */
public class V76__Item_missions_and_entities_carried_over extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        try (Statement read = db.createStatement();
                PreparedStatement mission = db.prepareStatement(
                        "insert into item_mission (item_id, seq, mission) values (?, ?, ?)");
                PreparedStatement entity = db.prepareStatement(
                        "insert into item_entity (item_id, seq, entity) values (?, ?, ?)")) {
            // in pages rather than all at once (PostgreSQL honours the fetch size inside the migration's transaction)
            read.setFetchSize(BATCH);
            try (ResultSet rows = read.executeQuery("select id, missions, responsible_entities from tracked_item"
                    + " where missions is not null or responsible_entities is not null")) {
                int pending = 0;
                while (rows.next()) {
                    long item = rows.getLong(1);
                    pending += add(mission, item, values(rows.getString(2)));
                    pending += add(entity, item, values(rows.getString(3)));
                    if (pending >= BATCH) {
                        mission.executeBatch();
                        entity.executeBatch();
                        pending = 0;
                    }
                }
            }
            mission.executeBatch();
            entity.executeBatch();
        }
        try (Statement drop = db.createStatement()) {
            drop.execute("alter table tracked_item drop column missions");
            drop.execute("alter table tracked_item drop column responsible_entities");
        }
    }

    /** "MINUSCA, MONUSCO,,MINUSCA" as [MINUSCA, MONUSCO]: trimmed, no blanks, each once, in first order. */
    static List<String> values(String joined) {
        if (joined == null) {
            return List.of();
        }
        Set<String> values = new LinkedHashSet<>();
        for (String part : joined.split(",")) {
            if (!part.isBlank()) {
                values.add(part.strip());
            }
        }
        return List.copyOf(values);
    }

    private static int add(PreparedStatement insert, long item, List<String> values) throws SQLException {
        for (int seq = 0; seq < values.size(); seq++) {
            insert.setLong(1, item);
            insert.setInt(2, seq);
            insert.setString(3, values.get(seq));
            insert.addBatch();
        }
        return values.size();
    }
}
