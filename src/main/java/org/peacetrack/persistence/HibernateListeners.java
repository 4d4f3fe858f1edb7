package org.peacetrack.persistence;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

/** Puts a listener of a capability's own beside Hibernate's listeners, for the given events of every entity. */
public final class HibernateListeners {

    private HibernateListeners() {
    }

    /** Appends {@code listener} to each of {@code types}; it must implement each type's listener interface. */
    public static void append(EntityManagerFactory entityManagerFactory, Object listener, EventType<?>... types) {
        EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().requireService(EventListenerRegistry.class);
        for (EventType<?> type : types) {
            append(registry, type, listener);
        }
    }

    private static <T> void append(EventListenerRegistry registry, EventType<T> type, Object listener) {
        registry.appendListeners(type, type.baseListenerInterface().cast(listener));
    }
}
