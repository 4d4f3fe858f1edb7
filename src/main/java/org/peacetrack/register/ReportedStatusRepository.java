package org.peacetrack.register;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Every status ever published for some items: what their sessions' reports said, not only the latest. */
public interface ReportedStatusRepository extends Repository<StatusUpdateEntity, Long> {

    @Query("select distinct u.itemId, u.status from StatusUpdateEntity u where u.itemId in :itemIds"
            + " and u.workflowState = org.peacetrack.register.WorkflowState.PUBLISHED")
    List<Object[]> publishedStatuses(Collection<Long> itemIds);
}
