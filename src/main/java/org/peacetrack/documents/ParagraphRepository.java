package org.peacetrack.documents;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ParagraphRepository extends JpaRepository<ParagraphEntity, Long> {

    List<ParagraphEntity> findByDocumentIdOrderBySeq(long documentId);

    int countByDocumentId(long documentId);

    @Query("select p.documentId, count(p) from ParagraphEntity p group by p.documentId")
    List<Object[]> countPerDocument();
}
