package org.peacetrack.search;

import static org.peacetrack.search.IndexedFields.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.SearchAggregation;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.query.SearchResult;

/**
 * Counts the facets over all hits. Years and document kinds are counted by framework and document id in the
 * index, then summed per year and kind with the catalogue.
 */
final class FacetCounts {

    private static final int MAX_VALUES = 100;
    /** Years and kinds are summed from framework and document ids: all of them must be counted. */
    private static final int MAX_IDS = 10_000;

    private record Counted(String field, Class<?> type) {
        AggregationKey<Map<Object, Long>> key() {
            return AggregationKey.of(field);
        }
    }

    private static final List<Counted> COUNTED = List.of(new Counted(YEAR, Integer.class),
            new Counted(FRAMEWORK_ID, Long.class), new Counted(DOCUMENT_ID, Long.class),
            new Counted(THEME, String.class), new Counted(STATUS, String.class), new Counted(MISSION, String.class),
            new Counted(ENTITY, String.class), new Counted(ADDRESSEE, String.class));

    @SuppressWarnings({"unchecked", "rawtypes"})
    Map<AggregationKey<Map<Object, Long>>, SearchAggregation<Map<Object, Long>>> aggregations(
            SearchAggregationFactory f) {
        Map<AggregationKey<Map<Object, Long>>, SearchAggregation<Map<Object, Long>>> all = new HashMap<>();
        for (Counted c : COUNTED) {
            SearchAggregation agg = f.terms().field(c.field(), (Class) c.type(), ValueModel.INDEX)
                    .maxTermCount(c.type() == Long.class ? MAX_IDS : MAX_VALUES).toAggregation();
            all.put(c.key(), agg);
        }
        return all;
    }

    /** The facets, each count multiplied by {@code scale} (the inverse of the share of hits counted). */
    List<Facet> facets(SearchResult<?> result, long scale, SearchRequest request, Catalogue.Snapshot catalogue) {
        Map<String, Map<Object, Long>> counts = new HashMap<>();
        COUNTED.forEach(c -> {
            Map<Object, Long> scaled = new HashMap<>();
            result.aggregation(c.key()).forEach((value, n) -> scaled.put(value, n * scale));
            counts.put(c.field(), scaled);
        });
        Map<String, Long> years = new HashMap<>();
        Map<String, Long> kinds = new HashMap<>();
        counts.get(YEAR).forEach((year, n) -> years.merge(year.toString(), n, Long::sum));
        counts.get(FRAMEWORK_ID).forEach((id, n) -> {
            var framework = catalogue.frameworks().get((Long) id);
            if (framework != null && framework.sessionYear() != null) {
                years.merge(framework.sessionYear().toString(), n, Long::sum);
            }
        });
        counts.get(DOCUMENT_ID).forEach((id, n) -> {
            var document = catalogue.documents().get((Long) id);
            if (document != null) {
                Integer year = Catalogue.Snapshot.yearOf(document);
                if (year != null) {
                    years.merge(year.toString(), n, Long::sum);
                }
                kinds.merge(document.kind().name(), n, Long::sum);
            }
        });
        List<Facet> facets = new ArrayList<>();
        facets.add(facet(FacetName.YEAR, years, request, Comparator.comparing(FacetValue::value).reversed()));
        facets.add(facet(FacetName.THEME, strings(counts.get(THEME)), request, byCount()));
        facets.add(facet(FacetName.STATUS, strings(counts.get(STATUS)), request, byCount()));
        facets.add(facet(FacetName.ADDRESSEE, strings(counts.get(ADDRESSEE)), request, byCount()));
        facets.add(facet(FacetName.MISSION, strings(counts.get(MISSION)), request, byCount()));
        facets.add(facet(FacetName.ENTITY, strings(counts.get(ENTITY)), request, byCount()));
        facets.add(facet(FacetName.KIND, kinds, request, byCount()));
        return facets;
    }

    private static Map<String, Long> strings(Map<Object, Long> counts) {
        Map<String, Long> out = new HashMap<>();
        counts.forEach((k, n) -> out.merge(Objects.toString(k), n, Long::sum));
        return out;
    }

    private static Comparator<FacetValue> byCount() {
        return Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value);
    }

    /** A chosen value stays listed with 0 hits, so that it can be unchosen. */
    private static Facet facet(FacetName name, Map<String, Long> counts, SearchRequest request,
            Comparator<FacetValue> order) {
        List<String> chosen = request.chosen(name);
        Map<String, Long> all = new HashMap<>(counts);
        chosen.forEach(v -> all.putIfAbsent(v, 0L));
        List<FacetValue> values = all.entrySet().stream()
                .map(e -> new FacetValue(e.getKey(), e.getValue(), chosen.contains(e.getKey()))).sorted(order).toList();
        return new Facet(name, name.label(), values);
    }
}
