package org.peacetrack.tracking;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FrameworkRepository extends JpaRepository<FrameworkEntity, Long> {

    Optional<FrameworkEntity> findByCode(String code);

    List<FrameworkEntity> findAllByOrderBySessionYearDesc();
}
