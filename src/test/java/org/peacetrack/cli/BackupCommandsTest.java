package org.peacetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetrack.PeacetrackApplication;
import org.peacetrack.testing.Seeds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import picocli.CommandLine;

/** `backup` and `restore` on the command line: progress, refusals in one sentence, and imports that go on after. */
class BackupCommandsTest {

    private static final String URL = "spring.datasource.url";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = PeacetrackCli.commandLine(PeacetrackApplication.class);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @AfterEach
    void backToTheTestDatabase() {
        System.clearProperty(URL);
    }

    @Test
    void aBackupRestoredByTheCommandLineIsSearchableAndTakesNewImports() throws Exception {
        assertThat(run("ingest", Seeds.path(Seeds.ADDENDUM_2024).toString())).as(err.toString()).isZero();
        Path archive = dir.resolve("peacetrack.zip");

        assertThat(run("backup", "-o", archive.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("document\\s+\\d+ rows").containsPattern("Backed up \\d+ rows of \\d+ tables");
        assertThat(run("backup", "-o", archive.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("exists already");

        String restored = "jdbc:h2:mem:cli-restore-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        System.setProperty(URL, restored);
        assertThat(run("restore", archive.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Checked").containsPattern("Restored \\d+ rows").containsPattern("Indexed \\d+ records");

        assertThat(run("restore", archive.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("The database is not empty");

        JdbcTemplate sql = new JdbcTemplate(new DriverManagerDataSource(restored, "sa", ""));
        long lastDocument = sql.queryForObject("select max(id) from document", Long.class);
        Path report = Files.writeString(dir.resolve("mission-report.txt"), MISSION_REPORT, StandardCharsets.UTF_8);
        assertThat(run("ingest", report.toString())).as(err.toString()).isZero();
        assertThat(sql.queryForObject("select max(id) from document", Long.class)).isEqualTo(lastDocument + 1);
    }

    @Test
    void restoringSomethingElseSaysWhyInOneSentence() throws Exception {
        Path notAZip = Files.writeString(dir.resolve("notes.zip"), "just notes");
        System.setProperty(URL, "jdbc:h2:mem:cli-refuse-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

        assertThat(run("restore", notAZip.toString())).isEqualTo(1);

        assertThat(err.toString()).startsWith("error: ").contains("is not a readable zip archive").doesNotContain("\tat ");
    }

    private static final String MISSION_REPORT = """
            United Nations S/2017/997

            Security Council Distr.: General

            16 March 2017

            Original: English

            Report of the Secretary-General on a mission after a restore

            I. Introduction

            1. The present report covers the quarterly reporting period of the mission.
            """;
}
