package org.peacetrack.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentRepository extends JpaRepository<DocumentEntity, Long> {

    Optional<DocumentEntity> findByFileHash(String fileHash);

    List<DocumentEntity> findAllByOrderByImportedAtDesc();
}
