package org.peacetrack.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The where-clause of a slice over a totals table (alias t), when one can answer it: no dimension filter
 * (data_value_total), filters on a single dimension (data_value_dimension_total, whose rows of one dimension
 * partition the values, so several values of that dimension add up), or, without a mission, filters on two or
 * more dimensions (data_value_combo_total: per combination and period over all organisations). Otherwise null:
 * read data_value.
 */
record TotalsSql(String from, String where, List<Object> args) {

    /** For a series (grouped by period only). */
    static TotalsSql of(long indicatorId, Slice slice) {
        if (slice.dimensions().size() > 1) {
            return slice.organisation() == null ? combinations(indicatorId, slice, "data_value_combo_total t") : null;
        }
        return byOrganisation(indicatorId, slice);
    }

    /** For reads that group or filter by organisation: the tables that keep it. */
    static TotalsSql byOrganisation(long indicatorId, Slice slice) {
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
        boolean others = slice.dimensions().keySet().stream().anyMatch(d -> !d.equals(dimension));
        String grouped = " join dimension_combo_value cv on cv.combo_id = t.combo_id join dimension_value dv on "
                + "dv.id = cv.dimension_value_id join dimension d on d.id = dv.dimension_id";
        if (others) {
            if (slice.organisation() != null) {
                return null;
            }
            TotalsSql combos = combinations(indicatorId, slice, "data_value_combo_total t" + grouped);
            return new TotalsSql(combos.from(), combos.where() + " and d.code = ?", plus(combos.args(), dimension));
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

    /**
     * The combinations that hold one of the chosen values of every filtered dimension, found in one subquery
     * (one pass over the combinations' values, grouped, kept when every dimension matched): PostgreSQL then
     * reads only those combinations' totals, not the totals of every combination matching any one filter.
     */
    private static TotalsSql combinations(long indicatorId, Slice slice, String from) {
        StringBuilder matches = new StringBuilder();
        List<Object> args = new ArrayList<>(List.of(indicatorId));
        for (Map.Entry<String, List<String>> d : slice.dimensions().entrySet()) {
            matches.append(matches.isEmpty() ? "" : " or ").append("(fd.code = ? and fdv.code in (")
                    .append(String.join(", ", d.getValue().stream().map(x -> "?").toList())).append("))");
            args.add(d.getKey());
            args.addAll(d.getValue());
        }
        String where = "t.indicator_id = ? and t.combo_id in (select fcv.combo_id from dimension_combo_value fcv join "
                + "dimension_value fdv on fdv.id = fcv.dimension_value_id join dimension fd on fd.id = fdv.dimension_id "
                + "where " + matches + " group by fcv.combo_id having count(distinct fd.code) = "
                + slice.dimensions().size() + ")";
        return new TotalsSql(from, where, args);
    }

    private static List<Object> plus(List<Object> args, Object more) {
        List<Object> all = new ArrayList<>(args);
        all.add(more);
        return all;
    }
}
