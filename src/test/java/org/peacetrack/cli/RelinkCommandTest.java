package org.peacetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.peacetrack.PeacetrackApplication;
import picocli.CommandLine;

class RelinkCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = PeacetrackCli.commandLine(PeacetrackApplication.class);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void relinkRescoresTheStoredLinksAndSaysHowMany() {
        for (String report : new String[] {"A_77_19.md", "A_78_19.txt"}) {
            assertThat(run("ingest", "src/test/resources/fixtures/c34/" + report)).as(err.toString()).isZero();
        }
        out.getBuffer().setLength(0);

        assertThat(run("relink")).as(err.toString()).isZero();

        Matcher said = Pattern.compile("Rescored (\\d+) links with matcher (\\S+); proposed (\\d+) new matches")
                .matcher(out.toString());
        assertThat(said.find()).as(out.toString()).isTrue();
        assertThat(Integer.parseInt(said.group(1))).as("the two sessions' matches at least").isGreaterThanOrEqualTo(19);
        assertThat(said.group(3)).as("every match was proposed when the reports were imported").isEqualTo("0");
    }

    @Test
    void relinkIsListedInTheHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("relink", "Recompute the stored scores");
    }
}
