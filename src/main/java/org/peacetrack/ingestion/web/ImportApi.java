package org.peacetrack.ingestion.web;

import java.io.IOException;
import java.net.URI;
import org.peacetrack.documents.DocumentKind;
import org.peacetrack.ingestion.ImportRejectedException;
import org.peacetrack.ingestion.ImportReport;
import org.peacetrack.ingestion.IngestionService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class ImportApi {

    static final String CONCURRENT = "The same document was being imported at the same time by another request: "
            + "look for it among the documents, or import it again.";

    private final IngestionService ingestion;

    ImportApi(IngestionService ingestion) {
        this.ingestion = ingestion;
    }

    /** 201 with the report when the document is new; 200 when the same file was imported before. */
    @PostMapping("/api/imports")
    ResponseEntity<ImportReport> importDocument(@RequestParam("file") MultipartFile file,
            @RequestParam(required = false) DocumentKind kind) throws IOException {
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        ImportReport report = ingestion.ingest(name, file.getBytes(), kind);
        if (report.outcome() == ImportReport.Outcome.ALREADY_IMPORTED) {
            return ResponseEntity.ok(report);
        }
        return ResponseEntity.created(URI.create("/api/documents/" + report.documentId())).body(report);
    }

    /** Two requests imported the same file, or the same framework, at the same time: one wins, this one retries. */
    @ExceptionHandler({DataIntegrityViolationException.class, PessimisticLockingFailureException.class})
    ProblemDetail concurrent(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, CONCURRENT);
        problem.setTitle("Document not imported");
        return problem;
    }

    @ExceptionHandler(ImportRejectedException.class)
    ProblemDetail rejected(ImportRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Document not imported");
        problem.setProperty("file", e.fileName());
        return problem;
    }
}
