package org.peacetrack.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.peacetrack.caching.ContentJdbc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Targets and baselines as records, one per indicator, kind, period, organisation and slice. */
@Component
class Targets {

    private final JdbcTemplate jdbc;
    private final Combos combos;

    Targets(ContentJdbc content, Combos combos) {
        // writes raise the publication generation (readers' cached answers are retired, ADR 0062)
        this.jdbc = content.template();
        this.combos = combos;
    }

    void save(long indicatorId, TargetRecord t, String by) {
        Period.parse(t.period());
        long combo = combos.id(new TreeMap<>(t.dimensions()));
        int updated = jdbc.update("update indicator_target set target_value = ?, source_document = ?, changed_by = ? "
                + "where indicator_id = ? and kind = ? and period = ? and organisation = ? and combo_id = ?", t.value(),
                t.sourceDocument(), by, indicatorId, t.kind().name(), t.period(), t.organisation(), combo);
        if (updated == 0) {
            jdbc.update("insert into indicator_target (target_value, source_document, changed_by, indicator_id, kind, period, "
                    + "organisation, combo_id) values (?, ?, ?, ?, ?, ?, ?, ?)", t.value(), t.sourceDocument(), by,
                    indicatorId, t.kind().name(), t.period(), t.organisation(), combo);
        }
    }

    List<TargetRecord> of(Indicator indicator) {
        Map<Long, Map<String, String>> slices = new HashMap<>();
        jdbc.query("select cv.combo_id, d.code, v.code from dimension_combo_value cv join dimension_value v on v.id = "
                + "cv.dimension_value_id join dimension d on d.id = v.dimension_id where cv.combo_id in (select combo_id "
                + "from indicator_target where indicator_id = ?)", rs -> {
                    slices.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getString(3));
                }, indicator.id());
        List<TargetRecord> found = new ArrayList<>();
        jdbc.query("select kind, period, organisation, combo_id, target_value, source_document from indicator_target "
                + "where indicator_id = ? order by kind, period", rs -> {
                    found.add(new TargetRecord(indicator.code(), TargetRecord.Kind.valueOf(rs.getString(1)), rs.getString(2),
                            rs.getString(3), slices.getOrDefault(rs.getLong(4), Map.of()), rs.getDouble(5), rs.getString(6)));
                }, indicator.id());
        return found;
    }
}
