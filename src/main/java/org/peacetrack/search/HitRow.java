package org.peacetrack.search;

import static org.peacetrack.search.IndexedFields.*;

import java.util.List;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.mapper.orm.common.EntityReference;

/** What the index returns for one hit; the fields a record's type does not have are null. */
record HitRow(EntityReference reference, String title, List<String> highlights, Long frameworkId, Integer number,
        String theme, Long itemId, Integer year, String status, Long documentId, String paragraphNumber) {

    static SearchProjection<HitRow> projection(SearchProjectionFactory<EntityReference, ?> f) {
        return f.composite().from(f.entityReference(), f.field(TITLE, String.class), f.highlight(TEXT),
                f.field(FRAMEWORK_ID, Long.class, ValueModel.INDEX), f.field(NUMBER, Integer.class, ValueModel.INDEX),
                f.field(THEME, String.class, ValueModel.INDEX), f.field(ITEM_ID, Long.class, ValueModel.INDEX),
                f.field(YEAR, Integer.class, ValueModel.INDEX), f.field(STATUS, String.class, ValueModel.INDEX),
                f.field(DOCUMENT_ID, Long.class, ValueModel.INDEX),
                f.field(PARAGRAPH_NUMBER, String.class, ValueModel.INDEX))
                .asList(HitRow::of).toProjection();
    }

    @SuppressWarnings("unchecked")
    private static HitRow of(List<?> v) {
        return new HitRow((EntityReference) v.get(0), (String) v.get(1), (List<String>) v.get(2), (Long) v.get(3),
                (Integer) v.get(4), (String) v.get(5), (Long) v.get(6), (Integer) v.get(7), (String) v.get(8),
                (Long) v.get(9), (String) v.get(10));
    }

    long id() {
        return ((Number) reference.id()).longValue();
    }

    String snippet() {
        return Snippets.of(highlights);
    }
}
