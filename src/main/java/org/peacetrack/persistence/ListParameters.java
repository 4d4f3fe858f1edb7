package org.peacetrack.persistence;

import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A list bound as single parameters, {@code in (:id0, :id1, ...)}, of a fixed length and padded with its last
 * value. Hibernate does not keep the SQL of a query with a parameter bound to a list ({@code in :ids}): it
 * translates it again on every call (a profile under load found it among the server's largest costs). Single
 * parameters let it translate each query once per length.
 */
public final class ListParameters {

    /** A page of search hits, an item's neighbours or sources fit the short list; longer lists go by the long one. */
    public static final int SHORT = 32;
    public static final int LONG = 512;
    private static final String SHORT_IDS = placeholders("id", SHORT);
    private static final String LONG_IDS = placeholders("id", LONG);

    private ListParameters() {
    }

    /** "(:name0, :name1, ...)", {@code length} of them. */
    public static String placeholders(String name, int length) {
        return IntStream.range(0, length).mapToObj(i -> ":" + name + i).collect(Collectors.joining(", ", "(", ")"));
    }

    /** Binds the values to {@link #placeholders}; padded with the last value, or with null if there is none. */
    public static void bind(Query query, String name, int length, List<?> values) {
        for (int i = 0; i < length; i++) {
            query.setParameter(name + i, values.isEmpty() ? null : values.get(Math.min(i, values.size() - 1)));
        }
    }

    /**
     * The rows of a query for these ids (each asked once), read by the short list or in batches of the long one;
     * {@code query} makes the query from the placeholders of the length it is given, named {@code id}.
     */
    public static <T> List<T> byIds(Collection<Long> ids, Function<String, TypedQuery<T>> query) {
        List<Long> distinct = ids.stream().distinct().toList();
        int length = distinct.size() <= SHORT ? SHORT : LONG;
        List<T> rows = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += length) {
            TypedQuery<T> batch = query.apply(length == SHORT ? SHORT_IDS : LONG_IDS);
            bind(batch, "id", length, distinct.subList(from, Math.min(distinct.size(), from + length)));
            rows.addAll(batch.getResultList());
        }
        return rows;
    }
}
