package org.peacetrack.register;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Chain members with what their sessions' reports said: every status ever published, not only the latest. */
interface ReportedStatusRepository extends Repository<StatusUpdateEntity, Long> {

    /**
     * For each of these items, its summary (the fields of {@link ItemSummary}, in order) and whether any status
     * published for it was one of {@code reported}: one statement for a whole chain.
     */
    @Query("""
            select i.id, f.code, f.sessionYear, i.number, i.title, i.theme, i.currentStatus,
                case when exists (select u.id from StatusUpdateEntity u where u.itemId = i.id
                    and u.workflowState = org.peacetrack.register.WorkflowState.PUBLISHED and u.status in :reported)
                  then true else false end
            from TrackedItemEntity i join FrameworkEntity f on f.id = i.frameworkId
            where i.id in :itemIds""")
    List<Object[]> summariesReporting(Collection<Long> itemIds, Collection<Status> reported);
}
