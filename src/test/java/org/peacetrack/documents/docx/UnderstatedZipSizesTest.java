package org.peacetrack.documents.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.ThreadMXBean;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.peacetrack.documents.SourceFormat;
import org.peacetrack.documents.SourceReaders;
import org.peacetrack.documents.UnreadableDocumentException;

/**
 * Issue 14, item 4: a DOCX whose central directory understates its entries' sizes passes any check that
 * trusts the directory, then inflates to hundreds of megabytes in memory. The reader counts the bytes as
 * they inflate and stops at the limit: a clear refusal, with memory bounded by a buffer, not by the file.
 */
class UnderstatedZipSizesTest {

    private static final int ENTRIES = 12;
    private static final int ENTRY_BYTES = 24 * 1024 * 1024;
    private static final long MEMORY_BOUND = 64L * 1024 * 1024;

    @Test
    void aDocxWhoseDirectoryUnderstatesItsSizesIsRefusedWithBoundedMemory() throws IOException {
        byte[] docx = understated(inflatingPackage());
        assertThat(ZipDirectory.entries(docx)).allMatch(e -> e.size() == e.compressedSize(), "the directory lies");
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        assertThatThrownBy(() -> new SourceReaders().read("swollen.docx", docx))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("swollen.docx").hasMessageContaining("inflate");
        assertThat(threads.getCurrentThreadAllocatedBytes() - before).as("bytes allocated while refusing")
                .isLessThan(MEMORY_BOUND);
    }

    @Test
    void aGenuineDocxStillReads() {
        byte[] docx = org.peacetrack.documents.fixtures.SeedRenditions.docx(org.peacetrack.testing.Seeds.ADDENDUM_2024);

        assertThat(new SourceReaders().read("addendum.docx", docx).format()).isEqualTo(SourceFormat.DOCX);
    }

    @Test
    void refusalsOfDamagedFilesSayWhatIsWrongInOurWordsNotTheLibrarys() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"
                .getBytes(StandardCharsets.US_ASCII);

        for (var file : java.util.Map.of("no-types.docx", bytes.toByteArray(), "broken.pdf", pdf).entrySet()) {
            assertThatThrownBy(() -> new SourceReaders().read(file.getKey(), file.getValue())).as(file.getKey())
                    .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining(file.getKey())
                    .hasMessageNotContainingAny("Exception", "org.apache", "[M", "ZipSecureFile", "COSName", "xref");
        }
    }

    /** A minimal Word package plus parts of sparse data: about 25 to 1, within any ratio check. */
    private static byte[] inflatingPackage() throws IOException {
        byte[] fill = new byte[ENTRY_BYTES];
        Random random = new Random(14);
        for (int i = 0; i < fill.length; i++) {
            fill[i] = random.nextInt(100) == 0 ? (byte) random.nextInt(256) : (byte) 'a';
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", """
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Default Extension="bin" ContentType="application/octet-stream"/>\
                    <Override PartName="/word/document.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                    </Types>""".getBytes(StandardCharsets.UTF_8));
            put(zip, "_rels/.rels", """
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Target="word/document.xml" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>\
                    </Relationships>""".getBytes(StandardCharsets.UTF_8));
            put(zip, "word/document.xml", """
                    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\
                    <w:p><w:r><w:t>A/79/19/Add.1</w:t></w:r></w:p></w:body></w:document>"""
                    .getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < ENTRIES; i++) {
                put(zip, "word/media/fill" + i + ".bin", fill);
            }
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** Rewrites each central directory record to claim the entry inflates to its compressed size. */
    private static byte[] understated(byte[] zip) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = zip.length - 22;
        int at = buffer.getInt(end + 16);
        for (int i = 0; i < Short.toUnsignedInt(buffer.getShort(end + 10)); i++) {
            buffer.putInt(at + 24, buffer.getInt(at + 20));
            at += 46 + Short.toUnsignedInt(buffer.getShort(at + 28)) + Short.toUnsignedInt(buffer.getShort(at + 30))
                    + Short.toUnsignedInt(buffer.getShort(at + 32));
        }
        return zip;
    }
}
