package org.peacetrack.documents;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The bytes of an imported file, under their SHA-256 (document.file_hash): kept once however often imported. */
@Entity
@Table(name = "document_original")
class OriginalEntity {

    @Id
    @Column(name = "file_hash")
    String fileHash;

    @Basic(fetch = FetchType.LAZY)
    byte[] content;

    @Column(name = "size_bytes")
    long sizeBytes;

    @Column(name = "stored_at")
    Instant storedAt;

    protected OriginalEntity() {
    }

    OriginalEntity(String fileHash, byte[] content, Instant storedAt) {
        this.fileHash = fileHash;
        this.content = content;
        this.sizeBytes = content.length;
        this.storedAt = storedAt;
    }
}
