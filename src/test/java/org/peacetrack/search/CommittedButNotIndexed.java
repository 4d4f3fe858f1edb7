package org.peacetrack.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a node killed between its commit and its indexing leaves: the work committed (with its journal rows) and
 * Hibernate Search's indexing switched off for that transaction, so the index never hears of it.
 */
public final class CommittedButNotIndexed {

    private CommittedButNotIndexed() {
    }

    public static void run(ConfigurableApplicationContext node, Runnable work) {
        EntityManager shared = SharedEntityManagerCreator.createSharedEntityManager(
                node.getBean(EntityManagerFactory.class));
        new TransactionTemplate(node.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx -> {
            Search.session(shared).indexingPlanFilter(f -> IndexedFields.ENTITIES.forEach(f::exclude));
            work.run();
        });
    }
}
