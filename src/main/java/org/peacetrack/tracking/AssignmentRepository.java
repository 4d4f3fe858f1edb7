package org.peacetrack.tracking;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<AssignmentEntity, Long> {

    List<AssignmentEntity> findByCycleId(long cycleId);

    List<AssignmentEntity> findByCycleIdAndEntityCode(long cycleId, String entityCode);

    Optional<AssignmentEntity> findByCycleIdAndItemId(long cycleId, long itemId);
}
