package org.peacetrack.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** A list of ids becomes single parameters of one of two fixed lengths, so Hibernate keeps each query's SQL. */
class ListParametersTest {

    /** Each query made, with the placeholders it was made from and what was bound to them. */
    private final List<String> made = new ArrayList<>();
    private final List<Map<String, Object>> bound = new ArrayList<>();

    @Test
    void aFewIdsFillTheShortListPaddedWithTheLastAndEachIsAskedOnce() {
        List<Long> rows = ListParameters.byIds(List.of(7L, 3L, 7L, 9L), this::query);

        assertThat(made).containsExactly(ListParameters.placeholders("id", ListParameters.SHORT));
        assertThat(bound.get(0)).hasSize(ListParameters.SHORT).containsEntry("id0", 7L).containsEntry("id1", 3L)
                .containsEntry("id2", 9L).containsEntry("id3", 9L).containsEntry("id31", 9L);
        assertThat(rows).containsExactly(7L, 3L, 9L);
    }

    @Test
    void moreIdsThanTheShortListAreAskedInBatchesOfTheLongOne() {
        List<Long> ids = LongStream.rangeClosed(1, ListParameters.LONG + 40).boxed().toList();

        List<Long> rows = ListParameters.byIds(ids, this::query);

        assertThat(made).hasSize(2).allMatch(p -> p.equals(ListParameters.placeholders("id", ListParameters.LONG)));
        assertThat(bound.get(1)).containsEntry("id0", ListParameters.LONG + 1L)
                .containsEntry("id" + (ListParameters.LONG - 1), ListParameters.LONG + 40L);
        assertThat(rows).containsExactlyElementsOf(ids);
    }

    @Test
    void noIdsAskNothing() {
        assertThat(ListParameters.byIds(List.of(), this::query)).isEmpty();
        assertThat(made).isEmpty();
    }

    /** A query that answers with the distinct ids bound to it, as "where id in (...)" would. */
    @SuppressWarnings("unchecked")
    private TypedQuery<Long> query(String placeholders) {
        made.add(placeholders);
        Map<String, Object> parameters = new LinkedHashMap<>();
        bound.add(parameters);
        TypedQuery<Long> query = mock(TypedQuery.class);
        doAnswer(call -> {
            parameters.put(call.getArgument(0), call.getArgument(1));
            return query;
        }).when(query).setParameter(anyString(), (Object) any());
        when(query.getResultList()).thenAnswer(call -> parameters.values().stream().map(Long.class::cast).distinct()
                .toList());
        return query;
    }
}
