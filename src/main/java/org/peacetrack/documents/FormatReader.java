package org.peacetrack.documents;

/** One reader per file format (as JabRef's importers): recognises its format, then reads the text. */
interface FormatReader {

    SourceFormat format();

    /** Whether this reader handles the file, judged from its name and its first bytes. */
    boolean canRead(String fileName, byte[] content);

    /** Reads the whole file; throws {@link UnreadableDocumentException} naming the problem. */
    SourceText read(byte[] content);
}
