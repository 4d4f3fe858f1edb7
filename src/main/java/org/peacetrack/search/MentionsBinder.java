package org.peacetrack.search;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;
import org.peacetrack.reference.ReferenceData;

/**
 * Derives the {@code mission} and {@code entity} facet fields from a text property at index time, so that
 * nothing extra is stored in the database. The entities name this binder by its class name (a string), so
 * that tracking and documents do not depend on search while search reads their public facades.
 */
public class MentionsBinder implements PropertyBinder {

    private static final NamedMentions MENTIONS = new NamedMentions(ReferenceData.shared());

    @Override
    public void bind(PropertyBindingContext context) {
        context.dependencies().useRootOnly();
        var schema = context.indexSchemaElement();
        var keyword = context.typeFactory().asString().aggregable(Aggregable.YES).projectable(Projectable.NO);
        IndexFieldReference<String> mission = schema.field(IndexedFields.MISSION, keyword).multiValued().toReference();
        IndexFieldReference<String> entity = schema.field(IndexedFields.ENTITY, keyword).multiValued().toReference();
        context.bridge(String.class, new Bridge(mission, entity));
    }

    private record Bridge(IndexFieldReference<String> mission, IndexFieldReference<String> entity)
            implements PropertyBridge<String> {

        @Override
        public void write(DocumentElement target, String text, PropertyBridgeWriteContext context) {
            MENTIONS.missions(text).forEach(m -> target.addValue(mission, m));
            MENTIONS.entities(text).forEach(e -> target.addValue(entity, e));
        }
    }
}
