package org.peacetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RelinkCommandTest {

    private final CommandRunner cli = new CommandRunner();

    @Test
    void relinkRescoresTheStoredLinksAndSaysHowMany() {
        for (String report : new String[] {"A_77_19.md", "A_78_19.txt"}) {
            assertThat(cli.run("ingest", "src/test/resources/fixtures/c34/" + report)).as(cli.err()).isZero();
        }
        cli.forgetOutput();

        assertThat(cli.run("relink")).as(cli.err()).isZero();

        Matcher said = Pattern.compile("Rescored (\\d+) links with matcher (\\S+); proposed (\\d+) new matches")
                .matcher(cli.out());
        assertThat(said.find()).as(cli.out()).isTrue();
        assertThat(Integer.parseInt(said.group(1))).as("the two sessions' matches at least").isGreaterThanOrEqualTo(19);
        assertThat(said.group(3)).as("every match was proposed when the reports were imported").isEqualTo("0");
    }

    @Test
    void relinkIsListedInTheHelp() {
        assertThat(cli.run("--help")).isZero();
        assertThat(cli.out()).contains("relink", "Recompute the stored scores");
    }
}
