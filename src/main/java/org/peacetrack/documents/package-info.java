/**
 * Documents: the files Peacetrack reads and what it keeps of them. It owns the {@code document} and
 * {@code paragraph} tables (each paragraph kept verbatim, with its number and the repairs made to it), and reads
 * a file's bytes into text through {@link org.peacetrack.documents.SourceReaders}, which picks the reader by the
 * file's signature, then its name, enforces the upload limit and turns every failure into an
 * {@link org.peacetrack.documents.UnreadableDocumentException}. The readers live in internal subpackages:
 * {@code pdf} (PDFBox: the layout undone by position, OCR of scans), {@code docx} (POI, with the zip checked
 * before it is opened), {@code text} (HTML, plain text and Markdown) and {@code format} (what every reader
 * shares: the reader interface, signatures, blocks of text). {@code web} holds the document pages and API;
 * {@link org.peacetrack.documents.DerivedRecords} is implemented by the register.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents", allowedDependencies = {"persistence"})
package org.peacetrack.documents;
