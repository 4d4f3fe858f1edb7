package org.peacetrack.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<DocumentEntity, Long> {

    Optional<DocumentEntity> findByFileHash(String fileHash);

    List<DocumentEntity> findAllByOrderByImportedAtDesc();

    /** Rows of symbol and id of every document that states a symbol. */
    @Query("select d.symbol, d.id from DocumentEntity d where d.symbol is not null order by d.id")
    List<Object[]> symbolsAndIds();

    /** Changes whenever a document is added or removed (documents are never edited once stored). */
    @Query("select coalesce(max(d.id), 0) * 4294967296 + count(d) from DocumentEntity d")
    long stamp();
}
