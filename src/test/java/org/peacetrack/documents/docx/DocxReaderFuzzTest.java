package org.peacetrack.documents.docx;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.peacetrack.documents.UnreadableDocumentException;
import org.peacetrack.testing.ReadOrRefuse;

/**
 * The zip checks, POI and the DOCX reader under a coverage-guided fuzzer (ADR 0050): any bytes are read, or
 * refused with a reason. Without JAZZER_FUZZ the corpus in DocxReaderFuzzTestInputs runs as tests.
 */
class DocxReaderFuzzTest {

    private final DocxReader reader = new DocxReader();

    @FuzzTest(maxDuration = "10s")
    void anyBytesAreReadOrRefusedWithAReason(byte[] content) {
        ReadOrRefuse.check(() -> reader.read(content), UnreadableDocumentException.class);
    }
}
