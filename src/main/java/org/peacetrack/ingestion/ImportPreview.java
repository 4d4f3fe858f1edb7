package org.peacetrack.ingestion;

import java.util.ArrayList;
import java.util.List;
import org.peacetrack.documents.SourceReaders;
import org.peacetrack.documents.SourceText;
import org.peacetrack.documents.UnreadableDocumentException;
import org.peacetrack.documents.DocumentKind;
import org.peacetrack.extraction.Extraction;
import org.peacetrack.extraction.ExtractionService;
import org.peacetrack.extraction.UnrecognisedDocumentException;
import org.springframework.stereotype.Component;

/**
 * The first stages of an import, parse then recognise then validate, with nothing stored: what a dry
 * run shows and what the commit stage builds on.
 */
@Component
public class ImportPreview {

    private final SourceReaders readers;
    private final ExtractionService extraction;

    public ImportPreview(SourceReaders readers, ExtractionService extraction) {
        this.readers = readers;
        this.extraction = extraction;
    }

    /** For callers without a Spring context, such as the CLI's dry run. */
    public static ImportPreview standalone() {
        return new ImportPreview(new SourceReaders(), new ExtractionService());
    }

    public Preview preview(String fileName, byte[] content, DocumentKind kind) {
        try {
            SourceText source = readers.read(fileName, content);
            Extraction found = kind == null ? extraction.extract(source.text()) : extraction.extract(source.text(), kind);
            List<String> warnings = new ArrayList<>(source.warnings());
            warnings.addAll(found.warnings());
            Extraction withAllWarnings = new Extraction(found.document(), found.entries(), found.paragraphs(), warnings);
            Validation.check(withAllWarnings);
            return new Preview(source, withAllWarnings);
        } catch (UnreadableDocumentException | UnrecognisedDocumentException e) {
            throw new ImportRejectedException(fileName, e.getMessage(), e);
        }
    }

    /** The source as read, and the records recognised in it. */
    public record Preview(SourceText source, Extraction extraction) {
    }
}
