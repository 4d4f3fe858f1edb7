package org.peacetrack.documents;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peacetrack.persistence.ListParameters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The documents facade: stores ingested documents with their paragraphs and reads them back. */
@Service
@Transactional(readOnly = true)
public class DocumentService {

    private final DocumentRepository documents;
    private final ParagraphRepository paragraphs;
    private final OriginalRepository originals;
    private final TextRepairRepository repairs;
    private final Clock clock;
    private final EntityManager entities;

    DocumentService(DocumentRepository documents, ParagraphRepository paragraphs, OriginalRepository originals,
            TextRepairRepository repairs, Optional<Clock> clock, EntityManager entities) {
        this.entities = entities;
        this.documents = documents;
        this.paragraphs = paragraphs;
        this.originals = originals;
        this.repairs = repairs;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Optional<DocumentSummary> findByHash(String fileHash) {
        return documents.findByFileHash(fileHash).map(d -> d.summary(paragraphs.countByDocumentId(d.id)));
    }

    @Transactional
    public StoredDocument store(NewDocument document) {
        DocumentEntity saved = documents.save(new DocumentEntity(document, clock.instant()));
        List<ParagraphEntity> rows = paragraphs.saveAll(
                document.paragraphs().stream().map(p -> new ParagraphEntity(saved.id, p)).toList());
        Map<Integer, Long> ids = new HashMap<>();
        rows.forEach(r -> ids.put(r.seq, r.id));
        storeRepairs(saved.id, document, ids);
        return new StoredDocument(saved.id, ids);
    }

    /**
     * Keeps the bytes of an imported file under their SHA-256, in the caller's transaction, unless they are
     * kept already: so importing again a file imported before originals were kept adds its original.
     */
    @Transactional
    public void keepOriginal(String fileHash, byte[] content) {
        if (originals.sizeOf(fileHash).isEmpty()) {
            originals.save(new OriginalEntity(fileHash, content, clock.instant()));
        }
    }

    /** The size in bytes of the original file kept for this hash; empty when it was imported before they were kept. */
    public Optional<Long> originalSize(String fileHash) {
        return originals.sizeOf(fileHash);
    }

    /** The document's original file as imported, if it is kept. */
    public Optional<OriginalFile> original(long documentId) {
        return documents.findById(documentId).flatMap(d -> originals.contentOf(d.fileHash)
                .map(bytes -> new OriginalFile(d.id, d.fileName, d.fileHash, bytes)));
    }

    /** Each repair with the paragraph it lies in, found by the words around it as read. */
    private void storeRepairs(long documentId, NewDocument document, Map<Integer, Long> paragraphIds) {
        List<Integer> places = new RepairPlaces(document.paragraphs().stream().map(NewParagraph::text).toList())
                .of(document.repairs());
        List<TextRepairEntity> rows = new java.util.ArrayList<>();
        for (int i = 0; i < document.repairs().size(); i++) {
            Integer place = places.get(i);
            Long paragraphId = place == null ? null : paragraphIds.get(document.paragraphs().get(place).seq());
            rows.add(new TextRepairEntity(documentId, paragraphId, i, document.repairs().get(i)));
        }
        repairs.saveAll(rows);
    }

    public List<DocumentSummary> list() {
        Map<Long, Integer> counts = new HashMap<>();
        for (Object[] row : paragraphs.countPerDocument()) {
            counts.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return documents.findAllByOrderByImportedAtDesc().stream()
                .map(d -> d.summary(counts.getOrDefault(d.id, 0))).toList();
    }

    public Optional<DocumentView> get(long id) {
        return documents.findById(id).map(d -> {
            List<ParagraphView> rows = paragraphs.findByDocumentIdOrderBySeq(id).stream()
                    .map(ParagraphEntity::view).toList();
            List<RepairView> made = repairs.findByDocumentIdOrderBySeq(id).stream().map(TextRepairEntity::view).toList();
            return new DocumentView(d.summary(rows.size()), rows, made);
        });
    }

    /** Summaries of these documents by id (unknown ids left out), each with its number of paragraphs. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Map<Long, DocumentSummary> summaries(Collection<Long> ids) {
        Map<Long, DocumentSummary> found = new HashMap<>();
        for (Object[] row : ListParameters.byIds(ids, in -> entities.createQuery(
                "select d, (select count(p) from ParagraphEntity p where p.documentId = d.id) from DocumentEntity d"
                        + " where d.id in " + in, Object[].class))) {
            DocumentEntity d = (DocumentEntity) row[0];
            found.put(d.id, d.summary(((Number) row[1]).intValue()));
        }
        return found;
    }

    public Optional<DocumentSummary> summary(long id) {
        return documents.findById(id).map(d -> d.summary(paragraphs.countByDocumentId(id)));
    }

    /** The paragraphs of these ids, for the records that cite them as provenance; none asked, none read. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Map<Long, ParagraphView> paragraphs(Collection<Long> ids) {
        Map<Long, ParagraphView> found = new HashMap<>();
        ListParameters.byIds(ids, in -> entities.createQuery("select p from ParagraphEntity p where p.id in " + in,
                ParagraphEntity.class)).forEach(p -> found.put(p.id, p.view()));
        return found;
    }

    /** The id of each stored document by its symbol (the first stored, if two state the same symbol). */
    public Map<String, Long> idsBySymbol() {
        Map<String, Long> ids = new HashMap<>();
        documents.symbolsAndIds().forEach(row -> ids.putIfAbsent((String) row[0], (Long) row[1]));
        return ids;
    }

    public long count() {
        return documents.count();
    }

    /** A number that changes when a document is added or removed: for callers that keep list(). */
    public long stamp() {
        return documents.stamp();
    }
}
