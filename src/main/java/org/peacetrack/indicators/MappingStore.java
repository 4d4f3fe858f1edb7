package org.peacetrack.indicators;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.peacetrack.caching.ContentJdbc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Saved column mappings, as JSON in the column_mapping table, by name. */
@Component
class MappingStore {

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private final JdbcTemplate jdbc;

    MappingStore(ContentJdbc content) {
        // writes raise the publication generation (readers' cached answers are retired, ADR 0062)
        this.jdbc = content.template();
    }

    List<ColumnMapping> all() {
        return jdbc.query("select definition from column_mapping order by name",
                (rs, n) -> JSON.readValue(rs.getString(1), ColumnMapping.class));
    }

    Optional<ColumnMapping> find(String name) {
        return jdbc.query("select definition from column_mapping where name = ?",
                (rs, n) -> JSON.readValue(rs.getString(1), ColumnMapping.class), name).stream().findFirst();
    }

    Optional<String> savedBy(String name) {
        return jdbc.queryForList("select saved_by from column_mapping where name = ?", String.class, name).stream().findFirst();
    }

    void save(ColumnMapping mapping, String by) {
        String json = JSON.writeValueAsString(mapping);
        Timestamp now = Timestamp.from(Instant.now());
        if (jdbc.update("update column_mapping set dataset = ?, definition = ?, saved_by = ?, saved_at = ? where name = ?",
                mapping.dataset(), json, by, now, mapping.name()) == 0) {
            jdbc.update("insert into column_mapping (dataset, definition, saved_by, saved_at, name) values (?, ?, ?, ?, ?)",
                    mapping.dataset(), json, by, now, mapping.name());
        }
    }

    static ColumnMapping parse(String json) {
        try {
            return JSON.readValue(json, ColumnMapping.class);
        } catch (RuntimeException e) {
            throw new DataFileRefused("The mapping is not valid JSON of a column mapping: " + e.getMessage());
        }
    }
}
