package org.peacetrack.tracking;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StatusUpdateRepository extends JpaRepository<StatusUpdateEntity, Long> {

    List<StatusUpdateEntity> findByCycleId(long cycleId);

    Optional<StatusUpdateEntity> findByCycleIdAndItemId(long cycleId, long itemId);

    List<StatusUpdateEntity> findBySourceParagraphIdIn(Collection<Long> paragraphIds);

    List<StatusUpdateEntity> findByItemIdOrderByReportingYearDescCreatedAtDescIdDesc(long itemId);
}
