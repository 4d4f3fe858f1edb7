package org.peacetrack.register;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.peacetrack.persistence.ListParameters;
import org.springframework.stereotype.Component;

/**
 * Items as lists show them, looked up by id: the titles of search hits, an item's neighbours, a chain's members.
 * Rows, not entities (no texts read, nothing to dirty-check), by queries whose SQL Hibernate keeps
 * (ListParameters). Callers hold the transaction.
 */
@Component
class SummariesById {

    private static final String REPORTED = "reported";

    private final EntityManager entities;

    SummariesById(EntityManager entities) {
        this.entities = entities;
    }

    /** The summaries of these items (unknown ids left out). */
    List<ItemSummary> of(Collection<Long> ids) {
        return ListParameters.byIds(ids, in -> entities.createQuery(
                TrackedItemRepository.SUMMARIES + "where i.id in " + in, ItemSummary.class));
    }

    /**
     * For each of these items, its summary (the fields of {@link ItemSummary}, in order) and whether any status
     * published for it was one of {@code reported}: one statement for a whole chain.
     */
    List<Object[]> reporting(Collection<Long> ids, Collection<Status> reported) {
        int statuses = Status.values().length;
        return ListParameters.byIds(ids, in -> {
            var query = entities.createQuery("""
                    select i.id, f.code, f.sessionYear, i.number, i.title, i.theme, i.currentStatus,
                        case when exists (select u.id from StatusUpdateEntity u where u.itemId = i.id
                            and u.workflowState = org.peacetrack.register.WorkflowState.PUBLISHED
                            and u.status in %s)
                          then true else false end
                    from TrackedItemEntity i join FrameworkEntity f on f.id = i.frameworkId
                    where i.id in %s""".formatted(ListParameters.placeholders(REPORTED, statuses), in),
                    Object[].class);
            ListParameters.bind(query, REPORTED, statuses, List.copyOf(reported));
            return query;
        });
    }
}
