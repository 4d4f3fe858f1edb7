package org.peacetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peacetrack.PeacetrackApplication;
import picocli.CommandLine;

class CommandsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = PeacetrackCli.commandLine(PeacetrackApplication.class);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void ingestHelpPrintsTheUsageAndSucceeds() {
        assertThat(run("ingest", "--help")).isZero();

        assertThat(out.toString()).contains("Usage: peacetrack ingest", "--dry-run", "FILE");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void helpNamesEveryCommand() {
        assertThat(run("help")).isZero();

        assertThat(out.toString()).contains("ingest", "reindex", "Without a command, starts the web");
    }

    @Test
    void anUnknownCommandIsAnErrorThatListsTheCommands() {
        assertThat(run("publish")).isEqualTo(2);

        assertThat(err.toString()).contains("Unknown command 'publish'. The commands are: ingest, reindex, relink, token, data, report, backup, restore, reread, help.")
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
