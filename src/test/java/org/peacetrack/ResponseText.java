package org.peacetrack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.mock.web.MockHttpServletResponse;

/** What a reader could read in a response: its text, a spreadsheet's cells, a Word or PDF file's words. */
final class ResponseText {

    private ResponseText() {
    }

    static String of(MockHttpServletResponse response) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String header : response.getHeaderNames()) {
            text.append(header).append(": ").append(response.getHeaderValues(header)).append('\n');
        }
        byte[] body = response.getContentAsByteArray();
        if (startsWith(body, "PK")) {
            text.append(officeFile(body));
        } else if (startsWith(body, "%PDF")) {
            try (var pdf = Loader.loadPDF(body)) {
                text.append(new PDFTextStripper().getText(pdf));
            }
        } else {
            text.append(new String(body, StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    private static String officeFile(byte[] body) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            StringBuilder cells = new StringBuilder();
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.append(cell).append('\t');
                    }
                    cells.append('\n');
                }
            }
            return cells.toString();
        } catch (Exception notASpreadsheet) {
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(body));
                    XWPFWordExtractor words = new XWPFWordExtractor(document)) {
                return words.getText();
            } catch (Exception notAWordFile) {
                return zipEntries(body);
            }
        }
    }

    /** A plain zip (the online repository's offline set): every entry's text. */
    private static String zipEntries(byte[] body) throws IOException {
        StringBuilder text = new StringBuilder();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(body))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                text.append(entry.getName()).append('\n').append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }

    private static boolean startsWith(byte[] body, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.US_ASCII);
        if (body.length < m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (body[i] != m[i]) {
                return false;
            }
        }
        return true;
    }
}
