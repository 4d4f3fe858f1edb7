package org.peacetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetrack.testing.Seeds;

/** peacetrack report progress|repository on the sessions imported through the command line. */
class ReportCommandsTest {

    private final CommandRunner cli = new CommandRunner();

    @TempDir
    Path dir;

    /** Once for the class: each command starts the application, and the tests only read what was imported. */
    @BeforeAll
    static void importSessions() {
        CommandRunner importer = new CommandRunner();
        for (String file : new String[] {"src/test/resources/fixtures/c34/A_77_19.md",
                "src/test/resources/fixtures/c34/A_78_19.txt", Seeds.path(Seeds.ADDENDUM_2024).toString()}) {
            assertThat(importer.run("ingest", file)).as(importer.err()).isZero();
        }
    }

    @Test
    void progressWritesAThemesPdfWithAProgressLine() throws IOException {
        Path pdf = dir.resolve("partnerships.pdf");
        assertThat(cli.run("report", "progress", "--session", "A/78/19", "--theme", "Partnerships", "--format", "pdf",
                "-o", pdf.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).matches("(?s)Wrote the progress report on \\d+ recommendations of A/78/19 to .*partnerships.pdf\\s*");
        assertThat(cli.err()).containsPattern("Reading recommendations: (\\d+)/\\1");
        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(read)).contains("Partnerships", "Recommendations by current status");
        }
    }

    @Test
    void progressWritesAnEntitysHtml() throws IOException {
        Path html = dir.resolve("dpo.html");
        assertThat(cli.run("report", "progress", "--session", "A/78/19", "--entity", "DPO", "--format", "html",
                "-o", html.toString())).as(cli.err()).isZero();
        assertThat(Files.readString(html)).contains("concerning DPO", "<svg", "<style>");
    }

    @Test
    void anUnknownThemeOrBothScopesAreErrors() {
        assertThat(cli.run("report", "progress", "--session", "A/78/19", "--theme", "Astrology", "-o",
                dir.resolve("x.pdf").toString())).isEqualTo(1);
        assertThat(cli.err()).contains("No recommendation of A/78/19 has the theme \"Astrology\".");
        assertThat(cli.run("report", "progress", "--theme", "Politics", "--entity", "DPO", "-o", "x.pdf")).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("x.pdf"))).isFalse();
    }

    @Test
    void repositoryWritesTheYearsFolder() throws IOException {
        Path folder = dir.resolve("repository");
        assertThat(cli.run("report", "repository", "--year", "2024", "-o", folder.toString())).as(cli.err()).isZero();
        assertThat(folder.resolve("index.html")).exists();
        assertThat(folder.resolve("style.css")).exists();
        assertThat(Files.readString(folder.resolve("38.html"))).contains("Recommendation 38 of A/78/19");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(cli.out()).contains("Wrote " + files.count() + " files");
        }
        assertThat(cli.run("report", "repository", "--year", "2031", "-o", folder.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("No report of the Special Committee for 2031 is recorded.");
    }

    @Test
    void reportAloneListsTheReports() {
        assertThat(cli.run("report")).isEqualTo(2);
        assertThat(cli.err()).contains("The reports are: addendum, repository, progress");
    }
}
