package org.peacetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.peacetrack.PeacetrackApplication;
import org.peacetrack.testing.Seeds;
import picocli.CommandLine;

class ReindexCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = PeacetrackCli.commandLine(PeacetrackApplication.class);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void reindexRebuildsTheIndexFromTheDatabaseAndSaysHowManyRecords() {
        assertThat(run("ingest", Seeds.path(Seeds.ADDENDUM_2024).toString())).as(err.toString()).isZero();
        out.getBuffer().setLength(0);

        assertThat(run("reindex")).isZero();

        Matcher indexed = Pattern.compile("Indexed (\\d+) records").matcher(out.toString());
        assertThat(indexed.find()).as(out.toString()).isTrue();
        // 121 items, their statuses and the addendum's paragraphs at least
        assertThat(Long.parseLong(indexed.group(1))).isGreaterThan(242);
    }
}
