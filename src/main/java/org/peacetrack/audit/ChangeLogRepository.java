package org.peacetrack.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChangeLogRepository extends JpaRepository<ChangeLogEntity, Long> {

    List<ChangeLogEntity> findByItemIdOrderByOccurredAtAscIdAsc(long itemId);

    List<ChangeLogEntity> findAllByOrderByOccurredAtAscIdAsc();
}
