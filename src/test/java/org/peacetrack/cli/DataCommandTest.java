package org.peacetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.peacetrack.PeacetrackApplication;
import picocli.CommandLine;

/** `peacetrack data import` stores a file through a saved mapping, shows its progress, and refuses a bad one. */
class DataCommandTest {

    private static final String OWID = "../shared/data/owid_un_peacekeeping_world_annual_1947_2021.csv";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = PeacetrackCli.commandLine(PeacetrackApplication.class);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void aFileImportsThroughItsMappingWithAProgressLineAndASummary() {
        int code = run("data", "import", "--mapping", "owid-world-annual", OWID);
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).matches("(?s).*owid_un_peacekeeping_world_annual_1947_2021.csv: (75 rows, [\\d,]+ values "
                + "created.*|imported before through owid-world-annual; nothing changed).*");
        assertThat(err.toString()).contains("reading", "75 of 75");
    }

    @Test
    void anUnknownMappingIsRefusedWithTheNamesOfTheSavedOnes() {
        assertThat(run("data", "import", "--mapping", "no-such-mapping", OWID)).isEqualTo(1);
        assertThat(err.toString()).contains("No saved mapping is called 'no-such-mapping'", "un-fatalities");
    }
}
