package org.peacetrack.search;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

/**
 * Puts every indexed record in one of {@link SampleBuckets#COUNT} buckets derived from its id, so that facets
 * over millions of hits can be counted on a fixed random share of them; and writes the id itself as a
 * sortable field, the last key of an ordered list (records of one type keep their order of creation,
 * which for paragraphs is their document's). Bound on the id by class name, as
 * {@link MentionsBinder} is, so that tracking and documents do not depend on search.
 */
public class SampleBinder implements PropertyBinder {

    @Override
    public void bind(PropertyBindingContext context) {
        context.dependencies().useRootOnly();
        var bucket = context.typeFactory().asInteger().projectable(Projectable.NO);
        IndexFieldReference<Integer> field = context.indexSchemaElement().field(IndexedFields.SAMPLE, bucket)
                .toReference();
        var sortable = context.typeFactory().asLong().sortable(Sortable.YES).projectable(Projectable.NO);
        IndexFieldReference<Long> recordId = context.indexSchemaElement().field(IndexedFields.RECORD_ID, sortable)
                .toReference();
        context.bridge(Long.class, new Bridge(field, recordId));
    }

    private record Bridge(IndexFieldReference<Integer> field, IndexFieldReference<Long> recordId)
            implements PropertyBridge<Long> {

        @Override
        public void write(DocumentElement target, Long id, PropertyBridgeWriteContext context) {
            if (id != null) {
                target.addValue(field, SampleBuckets.of(id));
                target.addValue(recordId, id);
            }
        }
    }
}
