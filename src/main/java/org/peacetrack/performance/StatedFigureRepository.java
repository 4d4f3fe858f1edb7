package org.peacetrack.performance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StatedFigureRepository extends JpaRepository<StatedFigureEntity, Long> {

    List<StatedFigureEntity> findAllByOrderByMeasureAscYearAscIdAsc();

    List<StatedFigureEntity> findByMeasureOrderByYearAscIdAsc(String measure);
}
