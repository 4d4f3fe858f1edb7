package org.peacetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetrack.extraction.Extraction;
import org.peacetrack.ingestion.ImportPreview;
import org.peacetrack.testing.Seeds;

class AddendumCommandTest {

    private final CommandRunner cli = new CommandRunner();

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

    @Test
    void reportAddendumWritesTheFileWithAProgressLineAndItReadsBackAsTheAddendum() throws Exception {
        assertThat(cli.run("ingest", Seeds.path(Seeds.ADDENDUM_2024).toString())).as(cli.err()).isZero();
        Path file = folder.resolve("addendum.docx");

        int exit = cli.run("report", "addendum", "--session", "A/78/19", "--cycle", "2024", "--format", "docx",
                "-o", file.toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.err()).contains("[1/3] Reading the published statuses of A/78/19 for 2024",
                "[3/3] Writing docx to " + file);
        assertThat(cli.out()).contains("Wrote " + file);
        Extraction back = ImportPreview.standalone().preview("addendum.docx", Files.readAllBytes(file), null).extraction();
        assertThat(back.document().respondsTo()).isEqualTo("A/78/19");
        assertThat(back.entries()).extracting(e -> e.paragraph()).contains(22, 38, 180);
    }

    @Test
    void anUnknownFormatIsAnErrorThatNamesTheFormatsAndWritesNothing() {
        Path file = folder.resolve("addendum.odt");

        int exit = cli.run("report", "addendum", "--session", "A/78/19", "--cycle", "2024", "--format", "odt",
                "-o", file.toString());

        assertThat(exit).isNotZero();
        assertThat(cli.err()).contains("Unknown report format 'odt': the formats are docx, pdf, html, md");
        assertThat(file).doesNotExist();
    }

    @Test
    void reportWithoutAReportNamedListsTheReports() {
        assertThat(cli.run("report")).isNotZero();
        assertThat(cli.err()).contains("The reports are: addendum, repository, progress");
    }

    @Test
    void anUnknownSessionIsAnErrorAndLeavesNoFile() {
        Path file = folder.resolve("addendum.md");

        int exit = cli.run("report", "addendum", "--session", "A/99/19", "--cycle", "2025", "--format", "md",
                "-o", file.toString());

        assertThat(exit).isNotZero();
        assertThat(cli.err()).contains("No session A/99/19 is stored");
        assertThat(file).doesNotExist();
    }
}
