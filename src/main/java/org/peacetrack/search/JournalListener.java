package org.peacetrack.search;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.HibernateException;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Notes every change of an indexed record and, just before its transaction commits, writes the notes to
 * {@code search_index_journal} on the transaction's own connection: committed together with the change, or
 * not at all. Hibernate Search indexes the same changes after the commit; a crash in between leaves the notes.
 */
final class JournalListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PostCollectionUpdateEventListener {

    private final Set<String> indexed;
    private final Map<SharedSessionContractImplementor, Set<Entry>> pending = new ConcurrentHashMap<>();

    record Entry(String entityName, long id) {
    }

    /** @param indexed the entity names (as Hibernate Search names them) whose changes are journaled */
    JournalListener(Set<String> indexed) {
        this.indexed = Set.copyOf(indexed);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        note(event.getSession(), event.getPersister(), event.getId());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        note(event.getSession(), event.getPersister(), event.getId());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        note(event.getSession(), event.getPersister(), event.getId());
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        EntityPersister owner = event.getSession().getEntityPersister(event.getAffectedOwnerEntityName(),
                event.getAffectedOwnerOrNull());
        note(event.getSession(), owner, event.getAffectedOwnerIdOrNull());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void note(SharedSessionContractImplementor session, EntityPersister persister, Object id) {
        if (persister == null || !(id instanceof Number number) || !indexed.contains(persister.getJpaEntityName())) {
            return;
        }
        Set<Entry> notes = pending.computeIfAbsent(session, s -> {
            s.getTransactionCompletionCallbacks().registerCallback((BeforeCompletionCallback) this::write);
            // a rolled-back transaction writes nothing, and its notes must not stay behind for the session's next one
            s.getTransactionCompletionCallbacks().registerCallback((AfterCompletionCallback) (success, ended) -> pending.remove(ended));
            return new LinkedHashSet<>();
        });
        synchronized (notes) {
            notes.add(new Entry(persister.getJpaEntityName(), number.longValue()));
        }
    }

    private void write(SharedSessionContractImplementor session) {
        Set<Entry> notes = pending.remove(session);
        if (notes == null || notes.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection()
                .prepareStatement("insert into search_index_journal (entity_name, entity_id) values (?, ?)")) {
            synchronized (notes) {
                for (Entry e : notes) {
                    insert.setString(1, e.entityName());
                    insert.setLong(2, e.id());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new HibernateException("Could not journal the changes for the search index", e);
        }
    }
}
