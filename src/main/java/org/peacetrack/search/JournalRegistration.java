package org.peacetrack.search;

import jakarta.persistence.EntityManagerFactory;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.event.spi.EventType;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.peacetrack.persistence.HibernateListeners;
import org.springframework.stereotype.Component;

/** Puts JournalListener beside Hibernate Search's own listeners, for every indexed entity, as the context starts. */
@Component
class JournalRegistration {

    JournalRegistration(EntityManagerFactory entityManagerFactory) {
        Set<String> indexed = Search.mapping(entityManagerFactory).allIndexedEntities().stream()
                .map(SearchIndexedEntity::jpaName).collect(Collectors.toSet());
        HibernateListeners.append(entityManagerFactory, new JournalListener(indexed), EventType.POST_INSERT,
                EventType.POST_UPDATE, EventType.POST_DELETE, EventType.POST_COLLECTION_UPDATE);
    }
}
