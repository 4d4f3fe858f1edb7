package org.peacetrack.documents;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The format-reading facade: picks the reader for a file and enforces the upload limit. Free of
 * infrastructure so the CLI's dry run can use it without a database.
 */
@Component
public class SourceReaders {

    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    private final List<FormatReader> readers = List.of(new PlainTextReader());
    private final long maxBytes;

    public SourceReaders(@Value("${peacetrack.import.max-bytes:52428800}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public SourceReaders() {
        this(DEFAULT_MAX_BYTES);
    }

    public SourceText read(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new UnreadableDocumentException("The file is empty");
        }
        if (content.length > maxBytes) {
            throw new UnreadableDocumentException("The file is " + content.length + " bytes, over the limit of "
                    + maxBytes + " bytes (peacetrack.import.max-bytes)");
        }
        FormatReader reader = readers.stream().filter(r -> r.canRead(fileName, content)).findFirst()
                .orElseThrow(() -> new UnreadableDocumentException("Unsupported file type: " + fileName
                        + " (Peacetrack reads .txt and .md)"));
        return reader.read(content);
    }
}
