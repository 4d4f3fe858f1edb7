package org.peacetrack.documents.pdf;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.peacetrack.documents.UnreadableDocumentException;
import org.peacetrack.testing.ReadOrRefuse;

/**
 * PDFBox and the layout under a coverage-guided fuzzer (ADR 0050): any bytes are read, or refused with a
 * reason. Without JAZZER_FUZZ the corpus in PdfReaderFuzzTestInputs (seeds and every crash found) runs as tests.
 */
class PdfReaderFuzzTest {

    private final PdfReader reader = new PdfReader(false);

    @FuzzTest(maxDuration = "10s")
    void anyBytesAreReadOrRefusedWithAReason(byte[] content) {
        ReadOrRefuse.check(() -> reader.read(content), UnreadableDocumentException.class);
    }
}
