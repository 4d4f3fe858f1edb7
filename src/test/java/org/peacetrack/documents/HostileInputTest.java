package org.peacetrack.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.peacetrack.documents.fixtures.SeedRenditions;
import org.peacetrack.testing.Seeds;

class HostileInputTest {

    private final SourceReaders readers = new SourceReaders();

    @Test
    void malformedPdfIsRejectedNamingTheProblem() {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nendobj\n%%EOF garbage \u0000\u0001"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> readers.read("broken.pdf", broken))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("broken.pdf").hasMessageContaining("malformed");
    }

    @Test
    void encryptedPdfIsRejectedNamingTheProblem() throws IOException {
        byte[] encrypted;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(bytes);
            encrypted = bytes.toByteArray();
        }

        assertThatThrownBy(() -> readers.read("locked.pdf", encrypted))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("locked.pdf").hasMessageContaining("encrypted");
    }

    @Test
    void bytesThatAreNoPdfButNamedPdfAreRejected() {
        assertThatThrownBy(() -> readers.read("report.pdf", "just some words".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("report.pdf").hasMessageContaining("not a PDF");
    }

    @Test
    void zipBombDocxIsRejectedBeforeInflating() throws IOException {
        byte[] bomb = zip("word/document.xml", new byte[16 * 1024 * 1024]);

        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> readers.read("bomb.docx", bomb))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("bomb.docx").hasMessageContaining("zip bomb");
    }

    @Test
    void macroEnabledDocxIsRejected() throws IOException {
        byte[] macro = zip("word/vbaProject.bin", "Sub AutoOpen()".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> readers.read("matrix.docx", macro))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("matrix.docx").hasMessageContaining("macro-enabled");
    }

    @Test
    void encryptedDocxIsRejected() throws IOException {
        byte[] encrypted;
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "EncryptionInfo");
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "EncryptedPackage");
            fs.writeFilesystem(bytes);
            encrypted = bytes.toByteArray();
        }

        assertThatThrownBy(() -> readers.read("matrix.docx", encrypted))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("matrix.docx").hasMessageContaining("encrypted");
    }

    @Test
    void fileOverTheConfiguredLimitIsRejectedBeforeReading() {
        SourceReaders small = new SourceReaders(1024);

        assertThatThrownBy(() -> small.read("addendum.docx", SeedRenditions.docx(Seeds.ADDENDUM_2024)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("addendum.docx").hasMessageContaining("over the limit of 1024 bytes");
    }

    @Test
    void binaryGarbageNamedTxtIsRejected() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        garbage[0] = 'x';

        assertThatThrownBy(() -> readers.read("notes.txt", garbage))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("notes.txt").hasMessageContaining("not");
    }

    @Test
    void magicBytesDecideOverTheFileName() {
        byte[] html = SeedRenditions.html(Seeds.ADDENDUM_2024);
        byte[] docx = SeedRenditions.docx(Seeds.ADDENDUM_2024);

        assertThat(readers.read("addendum.txt", html).format()).isEqualTo(SourceFormat.HTML);
        assertThat(readers.read("addendum.pdf", docx).format()).isEqualTo(SourceFormat.DOCX);
    }

    @Test
    void unknownFileTypeIsRejectedNamingTheFile() {
        assertThatThrownBy(() -> readers.read("tool.exe", new byte[] {1, 2, 3}))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("tool.exe").hasMessageContaining("unsupported file type");
    }

    private static byte[] zip(String entryName, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(content);
        }
        return bytes.toByteArray();
    }
}
