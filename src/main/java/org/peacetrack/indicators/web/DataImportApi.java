package org.peacetrack.indicators.web;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.util.List;
import org.peacetrack.indicators.ColumnMapping;
import org.peacetrack.indicators.DataFileRefused;
import org.peacetrack.indicators.DataImportReport;
import org.peacetrack.indicators.DataImports;
import org.peacetrack.indicators.ImportProgress;
import org.peacetrack.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Data imports and column mappings over HTTP (writes for editors and administrators). */
@RestController
class DataImportApi {

    private final DataImports imports;
    private final CurrentActor current;

    DataImportApi(DataImports imports, CurrentActor current) {
        this.imports = imports;
        this.current = current;
    }

    @Operation(summary = "Import a CSV or XLSX data file through a saved mapping: 201 with the report, 200 if the same "
            + "file was imported before, 422 with every unreadable row (line and reason) if it is refused")
    @PostMapping("/api/data/imports")
    ResponseEntity<DataImportReport> importFile(@RequestParam("file") MultipartFile file,
            @RequestParam("mapping") String mapping) throws IOException {
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        DataImportReport report = imports.run(name, file.getBytes(), mapping, current.require().username(),
                ImportProgress.NONE);
        if (report.alreadyImported()) {
            return ResponseEntity.ok(report);
        }
        return ResponseEntity.status(report.stored() ? HttpStatus.CREATED : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
    }

    @Operation(summary = "The saved column mappings")
    @GetMapping("/api/data/mappings")
    List<ColumnMapping> mappings() {
        return imports.mappings();
    }

    @Operation(summary = "Save a column mapping under its name (editor or administrator)")
    @PostMapping("/api/data/mappings")
    ResponseEntity<ColumnMapping> save(@RequestBody ColumnMapping mapping) {
        return ResponseEntity.status(HttpStatus.CREATED).body(imports.saveMapping(mapping, current.require().username()));
    }

    @ExceptionHandler(DataFileRefused.class)
    ProblemDetail refused(DataFileRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Not imported");
        return problem;
    }
}
