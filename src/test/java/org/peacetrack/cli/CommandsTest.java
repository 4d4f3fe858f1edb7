package org.peacetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandsTest {

    private final CommandRunner cli = new CommandRunner();

    @Test
    void ingestHelpPrintsTheUsageAndSucceeds() {
        assertThat(cli.run("ingest", "--help")).isZero();

        assertThat(cli.out()).contains("Usage: peacetrack ingest", "--dry-run", "FILE");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void helpNamesEveryCommand() {
        assertThat(cli.run("help")).isZero();

        assertThat(cli.out()).contains("ingest", "reindex", "Without a command, starts the web");
    }

    @Test
    void anUnknownCommandIsAnErrorThatListsTheCommands() {
        assertThat(cli.run("publish")).isEqualTo(2);

        assertThat(cli.err()).contains("Unknown command 'publish'. The commands are: ingest, reindex, relink, token, data, report, backup, restore, reread, help.")
                .contains("Usage: peacetrack");
    }

    @Test
    void aFirstArgumentThatIsNoOptionIsACommandAndOptionsGoToTheServer() {
        assertThat(PeacetrackCli.handles(new String[] {"report"})).isTrue();
        assertThat(PeacetrackCli.handles(new String[] {"ingest", "x.pdf"})).isTrue();
        assertThat(PeacetrackCli.handles(new String[] {"--help"})).isTrue();
        assertThat(PeacetrackCli.handles(new String[] {"--server.port=8081"})).isFalse();
        assertThat(PeacetrackCli.handles(new String[0])).isFalse();
    }

    @Test
    void anUnknownCommandExitsWithoutStartingTheWebServer() throws Exception {
        ChildJvm.Result result = ChildJvm.run(List.of(), "publish");

        assertThat(result.exit()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown command 'publish'").doesNotContain("Tomcat");
    }
}
