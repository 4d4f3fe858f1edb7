package org.peacetrack.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.springframework.context.ConfigurableApplicationContext;

/** What a node's database holds of the indexed kinds, and what its index holds, to compare after a crash. */
final class IndexedRecords {

    private IndexedRecords() {
    }

    /** Entity name and id of every record of an indexed kind in the database. */
    static Set<String> stored(ConfigurableApplicationContext node) {
        Set<String> rows = new HashSet<>();
        try (EntityManager em = node.getBean(EntityManagerFactory.class).createEntityManager()) {
            for (SearchIndexedEntity<?> type : Search.mapping(em.getEntityManagerFactory()).allIndexedEntities()) {
                List<?> ids = em.createQuery("select e.id from " + type.jpaName() + " e").getResultList();
                ids.forEach(id -> rows.add(type.jpaName() + "#" + id));
            }
        }
        return rows;
    }

    /** Entity name and id of every document in the index. */
    static Set<String> indexed(ConfigurableApplicationContext node) {
        Set<String> docs = new HashSet<>();
        try (EntityManager em = node.getBean(EntityManagerFactory.class).createEntityManager()) {
            var session = Search.session(em);
            session.search(session.scope(Object.class, IndexedFields.ENTITIES)).selectEntityReference()
                    .where(f -> f.matchAll()).fetchAllHits()
                    .forEach(ref -> docs.add(ref.name() + "#" + ref.id()));
        }
        return docs;
    }
}
