package org.peacetrack.search;

import jakarta.persistence.EntityManagerFactory;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.springframework.stereotype.Component;

/** Puts JournalListener beside Hibernate Search's own listeners, for every indexed entity, as the context starts. */
@Component
class JournalRegistration {

    JournalRegistration(EntityManagerFactory entityManagerFactory) {
        Set<String> indexed = Search.mapping(entityManagerFactory).allIndexedEntities().stream()
                .map(SearchIndexedEntity::jpaName).collect(Collectors.toSet());
        JournalListener listener = new JournalListener(indexed);
        EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, listener);
        registry.appendListeners(EventType.POST_UPDATE, listener);
        registry.appendListeners(EventType.POST_DELETE, listener);
        registry.appendListeners(EventType.POST_COLLECTION_UPDATE, listener);
    }
}
