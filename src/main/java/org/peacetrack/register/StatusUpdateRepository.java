package org.peacetrack.register;

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

    /**
     * Which updates a viewer may read ({@link Viewer}): public ones (no workflow state, or published), every
     * one for {@code allUnpublished}, and those reported for {@code entity}. Every read of updates for
     * readers goes through it.
     */
    String READABLE = """
            (u.workflowState is null or u.workflowState = org.peacetrack.register.WorkflowState.PUBLISHED
             or :allUnpublished = true or u.entityCode = :entity)""";

    /** An item's history newest first as the viewer may read it, each update with its evidence. */
    default List<StatusUpdateEntity> findHistory(long itemId, Viewer viewer) {
        return findReadableHistory(itemId, viewer.readsAllUnpublished(), viewer.readsUnpublishedOf());
    }

    @Query("select u from StatusUpdateEntity u left join fetch u.evidence where u.itemId = :itemId and " + READABLE
            + " order by u.reportingYear desc, u.createdAt desc, u.id desc")
    List<StatusUpdateEntity> findReadableHistory(long itemId, boolean allUnpublished, String entity);

    /** The public updates of a framework's items, each item's newest first: what exports report as current. */
    default List<StatusUpdateEntity> findPublicOfFramework(long frameworkId) {
        return findReadableOfFramework(frameworkId, false, null);
    }

    @Query("select u from StatusUpdateEntity u where u.itemId in (select i.id from TrackedItemEntity i where "
            + "i.frameworkId = :frameworkId) and " + READABLE
            + " order by u.itemId, u.reportingYear desc, u.createdAt desc, u.id desc")
    List<StatusUpdateEntity> findReadableOfFramework(long frameworkId, boolean allUnpublished, String entity);

    /** Of the given updates, those the viewer may read. */
    default List<StatusUpdateEntity> findByIdIn(Collection<Long> ids, Viewer viewer) {
        return findReadableByIdIn(ids, viewer.readsAllUnpublished(), viewer.readsUnpublishedOf());
    }

    @Query("select u from StatusUpdateEntity u where u.id in :ids and " + READABLE)
    List<StatusUpdateEntity> findReadableByIdIn(Collection<Long> ids, boolean allUnpublished, String entity);
}
