package org.peacetrack.documents.docx;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.peacetrack.documents.UnreadableDocumentException;

/**
 * What the fuzzer found in the DOCX reader (ADR 0050), each input kept in DocxReaderFuzzTestInputs and read
 * here by name: the reader refuses it in its own words instead of letting the library's exception through.
 */
class DocxFuzzFindingsTest {

    private static final String INPUTS = "DocxReaderFuzzTestInputs/anyBytesAreReadOrRefusedWithAReason/";

    @Test
    void aSettingsPartInAForeignNamespaceIsRefusedAsADamagedDocument() throws IOException {
        byte[] content = input("settings-part-in-a-foreign-namespace.docx");

        assertThatThrownBy(() -> new DocxReader().read(content))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("not a readable Word document: the package is damaged or is not a Word document");
    }

    @Test
    void anEntryWhoseLocalHeaderGivesNoStreamIsRefusedAsADamagedPackage() throws IOException {
        byte[] content = input("entry-without-a-stream-in-the-local-headers.docx");

        assertThatThrownBy(() -> new DocxReader().read(content))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("damaged");
    }

    private static byte[] input(String name) throws IOException {
        try (InputStream in = DocxFuzzFindingsTest.class.getResourceAsStream(INPUTS + name)) {
            return in.readAllBytes();
        }
    }
}
