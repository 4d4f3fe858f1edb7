package org.peacetrack.indicators;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which values to read: one organisation (or all) and, per dimension, the values to keep. A value written
 * "Staff Officer|Experts on Mission" keeps either (a target may cover two categories).
 */
public record Slice(String organisation, Map<String, List<String>> dimensions) {

    public static final Slice ALL = new Slice(null, Map.of());

    public Slice {
        organisation = organisation == null || organisation.isBlank() || TargetRecord.ALL.equals(organisation) ? null
                : organisation;
        dimensions = dimensions == null ? Map.of() : Map.copyOf(new TreeMap<>(dimensions));
    }

    /** A slice from single values per dimension, each possibly joined with "|". */
    public static Slice of(String organisation, Map<String, String> values) {
        Map<String, List<String>> dimensions = new TreeMap<>();
        values.forEach((d, v) -> {
            if (v != null && !v.isBlank()) {
                dimensions.put(d, Arrays.stream(v.split("\\|")).map(String::strip).toList());
            }
        });
        return new Slice(organisation, dimensions);
    }

    /** The slice's dimension values joined back, as targets and links write them. */
    public Map<String, String> joined() {
        Map<String, String> joined = new TreeMap<>();
        dimensions.forEach((d, v) -> joined.put(d, String.join("|", v)));
        return joined;
    }

    public boolean isAll() {
        return organisation == null && dimensions.isEmpty();
    }
}
