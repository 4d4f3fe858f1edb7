package org.peacetrack.documents;

import java.util.List;
import java.util.Optional;
import org.peacetrack.documents.docx.DocxReader;
import org.peacetrack.documents.format.FormatReader;
import org.peacetrack.documents.pdf.PdfReader;
import org.peacetrack.documents.text.HtmlReader;
import org.peacetrack.documents.text.PlainTextReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The format-reading facade: picks the reader for a file (by its magic bytes first, then by its name) and
 * enforces the upload limit. Free of infrastructure so the CLI's dry run can use it without a database.
 */
@Component
public class SourceReaders {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SourceReaders.class);

    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    private final List<FormatReader> readers;
    private final long maxBytes;

    /** {@code ocr}: read a scan by OCR (tesseract) rather than refuse it. */
    @Autowired
    public SourceReaders(@Value("${peacetrack.import.max-bytes:52428800}") long maxBytes,
            @Value("${peacetrack.import.ocr:false}") boolean ocr) {
        this.maxBytes = maxBytes;
        this.readers = List.of(new PdfReader(ocr), new DocxReader(), new HtmlReader(), new PlainTextReader());
    }

    public SourceReaders(long maxBytes) {
        this(maxBytes, false);
    }

    public SourceReaders() {
        this(DEFAULT_MAX_BYTES);
    }

    public SourceText read(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new UnreadableDocumentException(fileName + ": the file is empty");
        }
        if (content.length > maxBytes) {
            throw new UnreadableDocumentException(fileName + ": the file is " + content.length
                    + " bytes, over the limit of " + maxBytes + " bytes (peacetrack.import.max-bytes)");
        }
        FormatReader reader = readerFor(fileName, content).orElseThrow(() -> new UnreadableDocumentException(
                fileName + ": unsupported file type (Peacetrack reads PDF, DOCX, HTML, .txt and .md)"));
        try {
            return reader.read(content);
        } catch (UnreadableDocumentException e) {
            throw new UnreadableDocumentException(fileName + " (" + reader.format() + "): " + e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError e) {
            log.warn("{} ({}) could not be read", fileName, reader.format(), e);
            throw new UnreadableDocumentException(fileName + " (" + reader.format()
                    + "): the file is damaged and could not be read", e);
        }
    }

    private Optional<FormatReader> readerFor(String fileName, byte[] content) {
        Optional<FormatReader> bySignature = readers.stream().filter(r -> r.hasSignature(content)).findFirst();
        return bySignature.isPresent() ? bySignature
                : readers.stream().filter(r -> r.hasExtension(fileName)).findFirst();
    }
}
