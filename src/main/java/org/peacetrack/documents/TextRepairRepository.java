package org.peacetrack.documents;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TextRepairRepository extends JpaRepository<TextRepairEntity, Long> {

    List<TextRepairEntity> findByDocumentIdOrderBySeq(long documentId);
}
