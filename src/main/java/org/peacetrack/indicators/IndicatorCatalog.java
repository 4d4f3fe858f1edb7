package org.peacetrack.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peacetrack.caching.ContentJdbc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The indicator table: definitions with their links, read and written by code. */
@Component
class IndicatorCatalog {

    private final JdbcTemplate jdbc;

    IndicatorCatalog(ContentJdbc content) {
        // writes raise the publication generation (readers' cached answers are retired, ADR 0062)
        this.jdbc = content.template();
    }

    List<Indicator> all() {
        Map<Long, List<IndicatorLink>> links = new LinkedHashMap<>();
        jdbc.query("select indicator_id, link_kind, target_ref from indicator_link order by id", rs -> {
            links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new IndicatorLink(IndicatorLink.Kind.valueOf(rs.getString(2)), rs.getString(3)));
        });
        return jdbc.query("select id, code, name, definition, unit, aggregation, higher_is_better, source, numerator_code, "
                + "denominator_code, ratio_scale from indicator order by code", (rs, n) -> new Indicator(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), Aggregation.valueOf(rs.getString(6)),
                rs.getBoolean(7), rs.getString(8), rs.getString(9), rs.getString(10), (Double) rs.getObject(11),
                links.getOrDefault(rs.getLong(1), List.of())));
    }

    Optional<Indicator> find(String code) {
        return all().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    Map<String, Indicator> byCode() {
        Map<String, Indicator> map = new LinkedHashMap<>();
        all().forEach(i -> map.put(i.code(), i));
        return map;
    }

    /** Creates or updates an indicator and replaces its links. */
    void save(IndicatorDefinition d) {
        Object[] fields = {d.name(), d.definition(), d.unit(), d.aggregation().name(), d.higherIsBetter(), d.source(),
            d.numerator(), d.denominator(), d.ratioScale(), d.code()};
        int updated = jdbc.update("update indicator set name = ?, definition = ?, unit = ?, aggregation = ?, "
                + "higher_is_better = ?, source = ?, numerator_code = ?, denominator_code = ?, ratio_scale = ? where code = ?",
                fields);
        if (updated == 0) {
            jdbc.update("insert into indicator (name, definition, unit, aggregation, higher_is_better, source, "
                    + "numerator_code, denominator_code, ratio_scale, code) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", fields);
        }
        long id = jdbc.queryForObject("select id from indicator where code = ?", Long.class, d.code());
        jdbc.update("delete from indicator_link where indicator_id = ?", id);
        for (IndicatorLink link : d.links()) {
            jdbc.update("insert into indicator_link (indicator_id, link_kind, target_ref) values (?, ?, ?)", id,
                    link.kind().name(), link.target());
        }
    }
}
