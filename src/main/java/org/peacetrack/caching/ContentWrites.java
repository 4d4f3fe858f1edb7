package org.peacetrack.caching;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.HibernateException;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Raises the publication generation in every transaction that inserts, updates or deletes an entity (or changes
 * one's collection), unless its class is {@link NotReaderContent}: on the transaction's own connection in Hibernate's
 * before-completion, after the flush that writes what is left, so the raise commits with the write or not at all;
 * and once more after the commit. Spring Session's rows, the search journal and the other plain-JDBC bookkeeping
 * never pass here.
 */
final class ContentWrites implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

    private final PublicationGeneration generation;
    private final Map<Class<?>, Boolean> content = new ConcurrentHashMap<>();
    /**
     * The raise of each session's transaction under way, so that its callbacks are registered once. The raise is the
     * Spring transaction's (its after-commit raises again); without one (no such writer today), Hibernate's
     * after-completion does.
     */
    private final Map<SharedSessionContractImplementor, PublicationGeneration.Raise> raises = new ConcurrentHashMap<>();

    ContentWrites(PublicationGeneration generation) {
        this.generation = generation;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        changed(event.getSession(), event.getPersister());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event.getSession(), event.getPersister());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        changed(event.getSession(), event.getPersister());
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        collectionChanged(event);
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        collectionChanged(event);
    }

    @Override
    public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
        collectionChanged(event);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void collectionChanged(AbstractCollectionEvent event) {
        EntityPersister owner = event.getSession().getFactory().getMappingMetamodel()
                .findEntityDescriptor(event.getAffectedOwnerEntityName());
        changed(event.getSession(), owner);
    }

    private void changed(SharedSessionContractImplementor session, EntityPersister persister) {
        if ((persister != null && !isContent(persister.getMappedClass())) || raises.containsKey(session)) {
            return;
        }
        boolean spring = TransactionSynchronizationManager.isSynchronizationActive();
        PublicationGeneration.Raise raise = spring ? generation.raiseOfThisTransaction() : generation.new Raise();
        raises.put(session, raise);
        session.getTransactionCompletionCallbacks().registerCallback((BeforeCompletionCallback) s -> raiseOn(raise, s));
        session.getTransactionCompletionCallbacks().registerCallback((AfterCompletionCallback) (success, ended) -> {
            raises.remove(ended);
            if (success && !spring) {
                generation.advanceAfterCommit();
            }
        });
    }

    private boolean isContent(Class<?> type) {
        return content.computeIfAbsent(type, t -> !t.isAnnotationPresent(NotReaderContent.class));
    }

    private static void raiseOn(PublicationGeneration.Raise raise, SharedSessionContractImplementor session) {
        try {
            raise.raiseOn(session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection());
        } catch (SQLException e) {
            throw new HibernateException("Could not raise the publication generation", e);
        }
    }
}
