package org.peacetrack.workflow;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<AssignmentEntity, Long> {

    List<AssignmentEntity> findByCycleId(long cycleId);

    List<AssignmentEntity> findByCycleIdAndEntityCode(long cycleId, String entityCode);

    Optional<AssignmentEntity> findByCycleIdAndItemId(long cycleId, long itemId);

    /** Rows of (cycle id, number of assigned items). */
    @Query("select a.cycleId, count(a) from AssignmentEntity a group by a.cycleId")
    List<Object[]> countPerCycle();
}
