package org.peacetrack.documents;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OriginalRepository extends JpaRepository<OriginalEntity, String> {

    /** The size of the original kept under this hash, without reading its bytes. */
    @Query("select o.sizeBytes from OriginalEntity o where o.fileHash = :fileHash")
    Optional<Long> sizeOf(String fileHash);

    @Query("select o.content from OriginalEntity o where o.fileHash = :fileHash")
    Optional<byte[]> contentOf(String fileHash);
}
