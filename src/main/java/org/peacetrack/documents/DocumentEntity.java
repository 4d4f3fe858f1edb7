package org.peacetrack.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "document")
class DocumentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String symbol;
    String title;
    @Enumerated(EnumType.STRING)
    DocumentKind kind;
    @Column(name = "issued_on")
    LocalDate issuedOn;
    @Column(name = "session_number")
    Integer sessionNumber;
    @Column(name = "responds_to")
    String respondsTo;
    String language;
    @Column(name = "file_name")
    String fileName;
    @Column(name = "file_hash")
    String fileHash;
    @Enumerated(EnumType.STRING)
    @Column(name = "source_format")
    SourceFormat sourceFormat;
    @Column(name = "size_bytes")
    long sizeBytes;
    @Column(name = "imported_at")
    Instant importedAt;
    String distribution;
    @Column(name = "agenda_item")
    String agendaItem;
    @Column(name = "issued_year")
    Integer issuedYear;

    protected DocumentEntity() {
    }

    DocumentEntity(NewDocument d, Instant importedAt) {
        this.symbol = d.symbol();
        this.title = d.title();
        this.kind = d.kind();
        this.issuedOn = d.issuedOn();
        this.sessionNumber = d.session();
        this.respondsTo = d.respondsTo();
        this.language = d.language();
        this.fileName = d.fileName();
        this.fileHash = d.fileHash();
        this.sourceFormat = d.format();
        this.sizeBytes = d.sizeBytes();
        this.importedAt = importedAt;
        this.distribution = d.distribution();
        this.agendaItem = d.agendaItem();
        this.issuedYear = d.year();
    }

    DocumentSummary summary(int paragraphCount) {
        return new DocumentSummary(id, symbol, title, kind, issuedOn, sessionNumber, respondsTo, language, fileName,
                fileHash, sourceFormat, sizeBytes, importedAt, paragraphCount, distribution, agendaItem,
                issuedYear);
    }
}
