package org.peacetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** `peacetrack data import` stores a file through a saved mapping, shows its progress, and refuses a bad one. */
class DataCommandTest {

    private static final String OWID = "../shared/data/owid_un_peacekeeping_world_annual_1947_2021.csv";

    private final CommandRunner cli = new CommandRunner();

    @Test
    void aFileImportsThroughItsMappingWithAProgressLineAndASummary() {
        int code = cli.run("data", "import", "--mapping", "owid-world-annual", OWID);
        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out()).matches("(?s).*owid_un_peacekeeping_world_annual_1947_2021.csv: (75 rows, [\\d,]+ values "
                + "created.*|imported before through owid-world-annual; nothing changed).*");
        assertThat(cli.err()).contains("reading", "75 of 75");
    }

    @Test
    void anUnknownMappingIsRefusedWithTheNamesOfTheSavedOnes() {
        assertThat(cli.run("data", "import", "--mapping", "no-such-mapping", OWID)).isEqualTo(1);
        assertThat(cli.err()).contains("No saved mapping is called 'no-such-mapping'", "un-fatalities");
    }
}
