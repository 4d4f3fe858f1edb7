package org.peacetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetrack.PeacetrackApplication;
import org.peacetrack.extraction.Extraction;
import org.peacetrack.ingestion.ImportPreview;
import org.peacetrack.testing.Seeds;
import picocli.CommandLine;

class AddendumCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path folder;

    /** Its own database: other command tests import other versions of A/78/19 into the shared test one. */
    @BeforeEach
    void ownDatabase() {
        System.setProperty("spring.datasource.url", "jdbc:h2:mem:addendum-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @AfterEach
    void sharedDatabaseAgain() {
        System.clearProperty("spring.datasource.url");
    }

    private int run(String... args) {
        CommandLine cli = PeacetrackCli.commandLine(PeacetrackApplication.class);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void reportAddendumWritesTheFileWithAProgressLineAndItReadsBackAsTheAddendum() throws Exception {
        assertThat(run("ingest", Seeds.path(Seeds.ADDENDUM_2024).toString())).as(err.toString()).isZero();
        Path file = folder.resolve("addendum.docx");

        int exit = run("report", "addendum", "--session", "A/78/19", "--cycle", "2024", "--format", "docx",
                "-o", file.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(err.toString()).contains("[1/3] Reading the published statuses of A/78/19 for 2024",
                "[3/3] Writing docx to " + file);
        assertThat(out.toString()).contains("Wrote " + file);
        Extraction back = ImportPreview.standalone().preview("addendum.docx", Files.readAllBytes(file), null).extraction();
        assertThat(back.document().respondsTo()).isEqualTo("A/78/19");
        assertThat(back.entries()).extracting(e -> e.paragraph()).contains(22, 38, 180);
    }

    @Test
    void anUnknownFormatIsAnErrorThatNamesTheFormatsAndWritesNothing() {
        Path file = folder.resolve("addendum.odt");

        int exit = run("report", "addendum", "--session", "A/78/19", "--cycle", "2024", "--format", "odt",
                "-o", file.toString());

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("Unknown report format 'odt': the formats are docx, pdf, html, md");
        assertThat(file).doesNotExist();
    }

    @Test
    void reportWithoutAReportNamedListsTheReports() {
        assertThat(run("report")).isNotZero();
        assertThat(err.toString()).contains("The reports are: addendum, repository, progress");
    }

    @Test
    void anUnknownSessionIsAnErrorAndLeavesNoFile() {
        Path file = folder.resolve("addendum.md");

        int exit = run("report", "addendum", "--session", "A/99/19", "--cycle", "2025", "--format", "md",
                "-o", file.toString());

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("No session A/99/19 is stored");
        assertThat(file).doesNotExist();
    }
}
