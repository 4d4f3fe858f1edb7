package org.peacetrack.documents.format;

import org.peacetrack.documents.SourceFormat;
import org.peacetrack.documents.SourceText;

/** One reader per file format (as JabRef's importers): recognises its format, then reads the text. */
public interface FormatReader {

    SourceFormat format();

    /** Whether the first bytes are this format's signature ("magic"); decides before the file name does. */
    boolean hasSignature(byte[] content);

    /** Whether the file name carries one of this format's extensions. */
    boolean hasExtension(String fileName);

    /** Reads the whole file; throws {@link UnreadableDocumentException} naming the problem. */
    SourceText read(byte[] content);
}
