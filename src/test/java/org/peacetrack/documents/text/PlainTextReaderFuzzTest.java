package org.peacetrack.documents.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.peacetrack.documents.UnreadableDocumentException;
import org.peacetrack.testing.ReadOrRefuse;

/**
 * The plain-text and Markdown reader under a coverage-guided fuzzer (ADR 0050): any bytes are read, or refused
 * with a reason (not UTF-8, control characters). Without JAZZER_FUZZ the corpus in
 * PlainTextReaderFuzzTestInputs runs as tests.
 */
class PlainTextReaderFuzzTest {

    private final PlainTextReader reader = new PlainTextReader();

    @FuzzTest(maxDuration = "10s")
    void anyBytesAreReadOrRefusedWithAReason(byte[] content) {
        ReadOrRefuse.check(() -> reader.read(content), UnreadableDocumentException.class);
    }
}
