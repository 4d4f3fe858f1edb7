package org.peacetrack.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The where-clause of a slice over a totals table (alias t), when one can answer it: no dimension filter
 * (data_value_total) or filters on a single dimension (data_value_dimension_total, whose rows of one
 * dimension partition the values, so several values of that dimension add up). Otherwise null: read data_value.
 */
record TotalsSql(String from, String where, List<Object> args) {

    static TotalsSql of(long indicatorId, Slice slice) {
        if (slice.dimensions().size() > 1) {
            return null;
        }
        StringBuilder where = new StringBuilder("t.indicator_id = ?");
        List<Object> args = new ArrayList<>(List.of(indicatorId));
        if (slice.organisation() != null) {
            where.append(" and t.organisation = ?");
            args.add(slice.organisation());
        }
        if (slice.dimensions().isEmpty()) {
            return new TotalsSql("data_value_total t", where.toString(), args);
        }
        Map.Entry<String, List<String>> d = slice.dimensions().entrySet().iterator().next();
        where.append(" and t.dimension_value_id in (select dv.id from dimension_value dv join dimension d on d.id = "
                + "dv.dimension_id where d.code = ? and dv.code in (")
                .append(String.join(", ", d.getValue().stream().map(x -> "?").toList())).append("))");
        args.add(d.getKey());
        args.addAll(d.getValue());
        return new TotalsSql("data_value_dimension_total t", where.toString(), args);
    }

    /** For a breakdown by a dimension: the slice's filter plus the grouping dimension, or null if it needs raw values. */
    static TotalsSql groupedBy(long indicatorId, Slice slice, String dimension) {
        List<String> filtered = slice.dimensions().get(dimension);
        if (!slice.dimensions().isEmpty() && filtered == null) {
            return null;
        }
        StringBuilder where = new StringBuilder("t.indicator_id = ? and d.code = ?");
        List<Object> args = new ArrayList<>(List.of(indicatorId, dimension));
        if (slice.organisation() != null) {
            where.append(" and t.organisation = ?");
            args.add(slice.organisation());
        }
        if (filtered != null) {
            where.append(" and dv.code in (").append(String.join(", ", filtered.stream().map(x -> "?").toList())).append(")");
            args.addAll(filtered);
        }
        return new TotalsSql("data_value_dimension_total t join dimension_value dv on dv.id = t.dimension_value_id "
                + "join dimension d on d.id = dv.dimension_id", where.toString(), args);
    }
}
