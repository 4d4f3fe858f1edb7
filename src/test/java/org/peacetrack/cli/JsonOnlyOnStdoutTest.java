package org.peacetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.peacetrack.PeacetrackApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CLI in a JVM of its own, as a user starts it: the logging libraries are configured as they are in
 * production, before any Spring context, and PDFBox logs font warnings while reading real UN PDFs.
 */
class JsonOnlyOnStdoutTest {

    private static final Path REAL_PDF = Path.of("../shared/real-docs/A_80_604_Add.3.pdf");

    @Test
    void dryRunOfARealPdfPrintsOnlyJsonWhateverTheLibrariesLog() throws Exception {
        assumeTrue(Files.exists(REAL_PDF), "the real documents are not beside the checkout (../shared/real-docs)");
        Path stdout = Files.createTempFile("stdout", ".json");
        Path stderr = Files.createTempFile("stderr", ".txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(List.of(java, "-cp", classpath, PeacetrackApplication.class.getName(),
                "ingest", "--dry-run", "--json", "--kind", "SG_REPORT", REAL_PDF.toString()))
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the CLI finished").isTrue();

        String out = Files.readString(stdout, StandardCharsets.UTF_8);
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertThat(err).as("the libraries did log").containsIgnoringCase("WARN");
        JsonNode json = JsonMapper.builder().build().readTree(out);
        assertThat(json.get("document")).as("stdout: " + out.lines().findFirst().orElse("")).isNotNull();
        assertThat(out.strip()).startsWith("{").endsWith("}");
        new File(stdout.toString()).delete();
        new File(stderr.toString()).delete();
    }
}
