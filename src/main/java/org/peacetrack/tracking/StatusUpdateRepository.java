package org.peacetrack.tracking;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StatusUpdateRepository extends JpaRepository<StatusUpdateEntity, Long> {

    List<StatusUpdateEntity> findByCycleId(long cycleId);

    Optional<StatusUpdateEntity> findByCycleIdAndItemId(long cycleId, long itemId);

    /** Rows of (cycle id, workflow state, number of updates) for the updates reported in cycles. */
    @Query("""
            select u.cycleId, u.workflowState, count(u) from StatusUpdateEntity u where u.cycleId is not null
            group by u.cycleId, u.workflowState""")
    List<Object[]> countPerCycleAndState();

    List<StatusUpdateEntity> findBySourceParagraphIdIn(Collection<Long> paragraphIds);

    /** An item's history newest first, each update with its evidence (read in the same query). */
    @Query("""
            select u from StatusUpdateEntity u left join fetch u.evidence where u.itemId = :itemId
            order by u.reportingYear desc, u.createdAt desc, u.id desc""")
    List<StatusUpdateEntity> findHistory(long itemId);
}
