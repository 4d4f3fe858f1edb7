package org.peacetrack.documents.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.peacetrack.documents.SourceFormat;
import org.peacetrack.documents.SourceText;
import org.peacetrack.documents.UnreadableDocumentException;
import org.peacetrack.documents.format.FileNames;
import org.peacetrack.documents.format.FormatReader;
import org.peacetrack.documents.format.Signatures;

/** Word documents (.docx), read with POI's XWPF after the package passed {@link DocxPackageCheck}. */
public final class DocxReader implements FormatReader {

    private static final String MACRO_CONTENT_TYPE = "macroEnabled";

    static {
        ZipSecureFile.setMinInflateRatio(DocxPackageCheck.MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(DocxPackageCheck.MAX_ENTRY_SIZE);
        ZipSecureFile.setMaxFileCount(DocxPackageCheck.MAX_ENTRIES);
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.DOCX;
    }

    @Override
    public boolean hasSignature(byte[] content) {
        return Signatures.isZip(content);
    }

    @Override
    public boolean hasExtension(String fileName) {
        return FileNames.endsWithAny(fileName, ".docx", ".docm", ".doc", ".dotx");
    }

    @Override
    public SourceText read(byte[] content) {
        DocxPackageCheck.rejectUnsafe(content);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            if (document.getPackagePart().getContentType().contains(MACRO_CONTENT_TYPE)) {
                throw new UnreadableDocumentException("macro-enabled Word documents are not accepted; save it as a plain .docx");
            }
            return new DocxText(document).read();
        } catch (IOException | POIXMLException | OpenXML4JRuntimeException | IllegalStateException | IllegalArgumentException e) {
            throw new UnreadableDocumentException(describe(e), e);
        }
    }

    /** Our words, not the library's: its message (and its advice on tuning it) stays in the cause, for the log. */
    private static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase().contains("zip bomb")) {
                return "rejected as a zip bomb while inflating: an entry expands far beyond its compressed size";
            }
        }
        return "not a readable Word document: the package is damaged or is not a Word document";
    }
}
