package org.peacetrack.documents.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.peacetrack.documents.SourceFormat;
import org.peacetrack.documents.SourceText;
import org.peacetrack.documents.UnreadableDocumentException;
import org.peacetrack.documents.format.FileNames;
import org.peacetrack.documents.format.FormatReader;
import org.peacetrack.documents.format.Signatures;

/**
 * PDF documents, read with PDFBox; the layout is undone by {@link PdfLayout}. A scan (images only) is
 * refused, or read by {@link PdfOcr} where OCR is switched on.
 */
public final class PdfReader implements FormatReader {

    static final int MAX_PAGES = 3_000;

    private final boolean ocr;

    public PdfReader(boolean ocr) {
        this.ocr = ocr;
    }

    public PdfReader() {
        this(false);
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.PDF;
    }

    @Override
    public boolean hasSignature(byte[] content) {
        return Signatures.isPdf(content);
    }

    @Override
    public boolean hasExtension(String fileName) {
        return FileNames.endsWithAny(fileName, ".pdf");
    }

    @Override
    public SourceText read(byte[] content) {
        if (!Signatures.isPdf(content)) {
            throw new UnreadableDocumentException("not a PDF file: it does not start with the %PDF- header");
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            rejectUnreadable(document);
            List<PdfGlyphs.Page> pages = PdfGlyphs.of(document);
            if (ocr && pages.stream().allMatch(page -> page.glyphs().isEmpty() && page.images())) {
                return PdfOcr.read(document);
            }
            return new PdfLayout(pages).read();
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("the PDF is encrypted (password-protected); remove the password and upload it again", e);
        } catch (IOException e) {
            // the library's own words stay in the log (the cause), not in what the person reads
            throw new UnreadableDocumentException("the PDF is malformed and could not be parsed", e);
        }
    }

    private static void rejectUnreadable(PDDocument document) {
        if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
            throw new UnreadableDocumentException("the PDF is encrypted and forbids text extraction");
        }
        int pages = document.getNumberOfPages();
        if (pages == 0) {
            throw new UnreadableDocumentException("the PDF is malformed: it has no readable pages");
        }
        if (pages > MAX_PAGES) {
            throw new UnreadableDocumentException("the PDF has " + pages + " pages, over the limit of " + MAX_PAGES);
        }
    }
}
