package org.peacetrack.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peacetrack.documents.DocumentService;
import org.peacetrack.documents.DocumentSummary;
import org.peacetrack.documents.NewDocument;
import org.peacetrack.documents.StoredDocument;
import org.peacetrack.documents.DocumentKind;
import org.peacetrack.extraction.Extraction;
import org.peacetrack.extraction.figures.FigureFinder;
import org.peacetrack.lineage.LineageService;
import org.peacetrack.lineage.RecordedRecommendations;
import org.peacetrack.performance.FigureService;
import org.peacetrack.register.OfficialStatusRecorder;
import org.peacetrack.register.RecordedStatuses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import pipeline: parse, recognise, validate, then commit the document, its paragraphs and the
 * records made from them in one transaction, so that a failure leaves nothing behind.
 */
@Service
public class IngestionService {

    private static final Logger log = LoggerFactory.getLogger(IngestionService.class);

    private final ImportPreview preview;
    private final DocumentService documents;
    private final OfficialStatusRecorder statusRecorder;
    private final FigureService figures;
    private final FigureFinder figureFinder;
    private final LineageService lineage;

    IngestionService(ImportPreview preview, DocumentService documents, OfficialStatusRecorder statusRecorder, FigureService figures,
            FigureFinder figureFinder, LineageService lineage) {
        this.preview = preview;
        this.documents = documents;
        this.statusRecorder = statusRecorder;
        this.figures = figures;
        this.figureFinder = figureFinder;
        this.lineage = lineage;
    }

    /** The document table's file_name column. */
    static final int MAX_FILE_NAME = 255;

    @Transactional
    public ImportReport ingest(String fileName, byte[] content, DocumentKind kind) {
        if (fileName.length() > MAX_FILE_NAME) {
            throw new ImportRejectedException(fileName.substring(0, 40) + "...", "the file name has "
                    + fileName.length() + " characters, more than the " + MAX_FILE_NAME + " a name may have; "
                    + "rename the file and import it again", null);
        }
        String hash = FileHash.sha256(content);
        Optional<DocumentSummary> existing = documents.findByHash(hash);
        if (existing.isPresent()) {
            documents.keepOriginal(hash, content);
            log.info("Skipped {}: identical to document {} already imported", fileName, existing.get().id());
            return alreadyImported(fileName, existing.get());
        }
        ImportPreview.Preview found = preview.preview(fileName, content, kind);
        Extraction extraction = found.extraction();
        NewDocument document = Records.document(fileName, hash, content.length, found);
        StoredDocument stored = documents.store(document);
        documents.keepOriginal(hash, content);
        RecordedStatuses recorded = extraction.entries().isEmpty()
                ? new RecordedStatuses(null, 0, 0, 0, 0)
                : statusRecorder.recordOfficialStatuses(Records.officialStatuses(extraction, stored));
        if (Records.isC34Report(extraction)) {
            recorded = asStatuses(lineage.recordRecommendations(Records.c34Report(extraction, stored)));
        }
        int figuresCreated = figures.record(stored.documentId(), Records.figures(figureFinder, document, stored, found.source().text()));
        log.info("Imported {} as document {}: {} paragraphs, {} items, {} status updates", fileName,
                stored.documentId(), stored.paragraphIdsBySeq().size(), recorded.itemsCreated(),
                recorded.statusUpdatesCreated());
        return new ImportReport(ImportReport.Outcome.CREATED, stored.documentId(), fileName,
                extraction.document().kind(), extraction.document().symbol(), extraction.document().title(), document.issuedOn(),
                stored.paragraphIdsBySeq().size(), recorded.itemsCreated(), recorded.statusUpdatesCreated(),
                recorded.placeholdersCreated(), recorded.linksCreated(), figuresCreated, List.of(), extraction.warnings(),
                found.source().repairs());
    }

    /** A report's recommendations counted as the import report counts items: placeholders filled are items made. */
    private static RecordedStatuses asStatuses(RecordedRecommendations r) {
        return new RecordedStatuses(r.frameworkCode(), r.itemsCreated() + r.placeholdersFilled(), 0, 0,
                r.servesLinksCreated() + r.matchesProposed());
    }

    private static ImportReport alreadyImported(String fileName, DocumentSummary existing) {
        List<String> skipped = new ArrayList<>();
        skipped.add("The whole file: it is identical (SHA-256 " + existing.fileHash().substring(0, 12)
                + "...) to document " + existing.id() + " (" + existing.label() + "), imported " + existing.importedAt());
        return new ImportReport(ImportReport.Outcome.ALREADY_IMPORTED, existing.id(), fileName, existing.kind(),
                existing.symbol(), existing.title(), existing.issuedOn(), 0, 0, 0, 0, 0, 0, skipped, List.of(), List.of());
    }
}
