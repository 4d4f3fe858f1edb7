package org.peacetrack.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The where-clause of a slice over data_value (alias v), with its arguments. */
record SliceSql(String where, List<Object> args) {

    static SliceSql of(long indicatorId, Slice slice) {
        StringBuilder where = new StringBuilder("v.indicator_id = ?");
        List<Object> args = new ArrayList<>(List.of(indicatorId));
        if (slice.organisation() != null) {
            where.append(" and v.organisation = ?");
            args.add(slice.organisation());
        }
        for (Map.Entry<String, List<String>> d : slice.dimensions().entrySet()) {
            where.append(" and v.combo_id in (select cv.combo_id from dimension_combo_value cv join dimension_value dv on "
                    + "dv.id = cv.dimension_value_id join dimension d on d.id = dv.dimension_id where d.code = ? and dv.code in (")
                    .append(String.join(", ", d.getValue().stream().map(x -> "?").toList())).append("))");
            args.add(d.getKey());
            args.addAll(d.getValue());
        }
        return new SliceSql(where.toString(), args);
    }
}
