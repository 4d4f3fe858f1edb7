package org.peacetrack.indicators;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.peacetrack.caching.ContentJdbc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Dimensions, their values and combinations of values (DHIS2's category option combos) as rows: a new
 * dimension or value in a file becomes data, not a column. Ids are cached for the life of the node.
 */
@Component
class Combos {

    static final String NONE = "";

    private final JdbcTemplate jdbc;
    private final Map<String, Long> combos = new HashMap<>();

    Combos(ContentJdbc content) {
        // writes raise the publication generation (readers' cached answers are retired, ADR 0062)
        this.jdbc = content.template();
    }

    synchronized long id(SortedMap<String, String> dimensions) {
        String key = PlannedValue.comboKey(dimensions);
        Long cached = combos.get(key);
        if (cached != null) {
            return cached;
        }
        List<Long> found = jdbc.queryForList("select id from dimension_combo where combo_key = ?", Long.class, key);
        long id = found.isEmpty() ? create(key, dimensions) : found.get(0);
        combos.put(key, id);
        return id;
    }

    /** Forgets cached ids (tests that empty the tables). */
    synchronized void forget() {
        combos.clear();
    }

    private long create(String key, SortedMap<String, String> dimensions) {
        long combo = insert("insert into dimension_combo (combo_key) values (?)", key);
        dimensions.forEach((dimension, value) -> jdbc.update(
                "insert into dimension_combo_value (combo_id, dimension_value_id) values (?, ?)", combo,
                valueId(dimensionId(dimension), value)));
        return combo;
    }

    private long dimensionId(String code) {
        List<Long> found = jdbc.queryForList("select id from dimension where code = ?", Long.class, code);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        return insert("insert into dimension (code, name) values (?, ?)", code, code.replace('_', ' '));
    }

    private long valueId(long dimension, String code) {
        List<Long> found = jdbc.queryForList("select id from dimension_value where dimension_id = ? and code = ?",
                Long.class, dimension, code);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        return insert("insert into dimension_value (dimension_id, code) values (?, ?)", dimension, code);
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var statement = c.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }
}
