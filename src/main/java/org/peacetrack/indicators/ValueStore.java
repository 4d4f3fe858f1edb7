package org.peacetrack.indicators;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.peacetrack.caching.ContentJdbc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes data values in JDBC batches: a key already stored is updated only when its value differs (so a
 * second import of the same data changes nothing), a new key is inserted. Then the totals table of every
 * indicator written is rebuilt from its values (DHIS2's analytics tables, refreshed after each import).
 */
@Component
class ValueStore {

    private static final int BATCH = 2000;

    private final JdbcTemplate jdbc;
    private final Combos combos;

    ValueStore(ContentJdbc content, Combos combos) {
        // writes raise the publication generation (readers' cached answers are retired, ADR 0062)
        this.jdbc = content.template();
        this.combos = combos;
    }


    ValuesWritten write(Collection<PlannedValue> values, Map<String, Indicator> indicators, Long importId, String by,
            IntConsumer progress) {
        Map<String, double[]> existing = existing(values.stream().map(v -> indicators.get(v.indicator()).id())
                .distinct().toList());
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int done = 0;
        for (PlannedValue v : values) {
            Indicator indicator = indicators.get(v.indicator());
            long combo = combos.id(new TreeMap<>(v.dimensions()));
            double value = v.value(indicator.aggregation());
            double[] old = existing.get(indicator.id() + "|" + v.period().code() + "|" + v.organisation() + "|" + combo);
            if (old == null) {
                created++;
                inserts.add(new Object[] {indicator.id(), v.period().code(), v.period().year(), v.organisation(), combo, value,
                    importId, v.line(), by, now});
            } else if (old[1] != value) {
                updated++;
                updates.add(new Object[] {value, importId, v.line(), by, now, (long) old[0]});
            }
            flushIfFull(inserts, updates);
            if (++done % BATCH == 0) {
                progress.accept(done);
            }
        }
        insert(inserts);
        update(updates);
        progress.accept(done);
        return new ValuesWritten(created, updated, done - created - updated);
    }

    private void flushIfFull(List<Object[]> inserts, List<Object[]> updates) {
        if (inserts.size() >= BATCH) {
            insert(inserts);
        }
        if (updates.size() >= BATCH) {
            update(updates);
        }
    }

    private void insert(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into data_value (indicator_id, period, period_year, organisation, combo_id, numeric_value, "
                    + "import_id, source_row, changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            rows.clear();
        }
    }

    private void update(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("update data_value set numeric_value = ?, import_id = ?, source_row = ?, changed_by = ?, "
                    + "changed_at = ? where id = ?", rows);
            rows.clear();
        }
    }

    private Map<String, double[]> existing(List<Long> indicatorIds) {
        Map<String, double[]> found = new HashMap<>();
        for (long id : indicatorIds) {
            jdbc.query("select id, period, organisation, combo_id, numeric_value from data_value where indicator_id = ?",
                    rs -> {
                        found.put(id + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getLong(4),
                                new double[] {rs.getLong(1), rs.getDouble(5)});
                    }, id);
        }
        return found;
    }

    /**
     * Rebuilds the totals of one indicator: per period and organisation, the sum and count of its values; and the
     * same per single dimension value (a combination holds one value per dimension, so the rows of one dimension
     * partition the values); and per combination and period over all organisations (reads on two or more
     * dimensions).
     */
    void refreshTotals(long indicatorId) {
        jdbc.update("delete from data_value_total where indicator_id = ?", indicatorId);
        jdbc.update("insert into data_value_total (indicator_id, period, period_year, organisation, value_sum, value_count) "
                + "select indicator_id, period, min(period_year), organisation, sum(numeric_value), count(*) from data_value "
                + "where indicator_id = ? group by indicator_id, period, organisation", indicatorId);
        jdbc.update("delete from data_value_dimension_total where indicator_id = ?", indicatorId);
        jdbc.update("insert into data_value_dimension_total (indicator_id, dimension_value_id, period, period_year, "
                + "organisation, value_sum, value_count) select v.indicator_id, cv.dimension_value_id, v.period, "
                + "min(v.period_year), v.organisation, sum(v.numeric_value), count(*) from data_value v join "
                + "dimension_combo_value cv on cv.combo_id = v.combo_id where v.indicator_id = ? group by v.indicator_id, "
                + "cv.dimension_value_id, v.period, v.organisation", indicatorId);
        jdbc.update("delete from data_value_combo_total where indicator_id = ?", indicatorId);
        jdbc.update("insert into data_value_combo_total (indicator_id, combo_id, period, period_year, value_sum, value_count) "
                + "select indicator_id, combo_id, period, min(period_year), sum(numeric_value), count(*) from data_value "
                + "where indicator_id = ? group by indicator_id, combo_id, period", indicatorId);
    }
}
