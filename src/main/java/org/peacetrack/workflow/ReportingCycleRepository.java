package org.peacetrack.workflow;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportingCycleRepository extends JpaRepository<ReportingCycleEntity, Long> {

    Optional<ReportingCycleEntity> findByFrameworkCodeAndReportingYear(String frameworkCode, int reportingYear);

    List<ReportingCycleEntity> findAllByOrderByOpenedAtDesc();
}
