package org.peacetrack.caching;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.event.spi.EventType;
import org.peacetrack.persistence.HibernateListeners;
import org.springframework.stereotype.Component;

/** Puts ContentWrites beside Hibernate's own listeners as the context starts, for every entity. */
@Component
class ContentWritesRegistration {

    ContentWritesRegistration(EntityManagerFactory entityManagerFactory, PublicationGeneration generation) {
        HibernateListeners.append(entityManagerFactory, new ContentWrites(generation), EventType.POST_INSERT,
                EventType.POST_UPDATE, EventType.POST_DELETE, EventType.POST_COLLECTION_RECREATE,
                EventType.POST_COLLECTION_UPDATE, EventType.POST_COLLECTION_REMOVE);
    }
}
