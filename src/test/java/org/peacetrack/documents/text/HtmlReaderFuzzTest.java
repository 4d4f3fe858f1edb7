package org.peacetrack.documents.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.peacetrack.documents.UnreadableDocumentException;
import org.peacetrack.testing.ReadOrRefuse;

/**
 * jsoup and the HTML reader under a coverage-guided fuzzer (ADR 0050): any bytes are read, or refused with a
 * reason. Without JAZZER_FUZZ the corpus in HtmlReaderFuzzTestInputs runs as tests.
 */
class HtmlReaderFuzzTest {

    private final HtmlReader reader = new HtmlReader();

    @FuzzTest(maxDuration = "10s")
    void anyBytesAreReadOrRefusedWithAReason(byte[] content) {
        ReadOrRefuse.check(() -> reader.read(content), UnreadableDocumentException.class);
    }
}
