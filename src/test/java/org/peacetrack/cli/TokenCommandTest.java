package org.peacetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.peacetrack.PeacetrackApplication;
import picocli.CommandLine;

/** Issue 14, item 5: an operator makes, lists and revokes an account's API tokens from the command line. */
class TokenCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = PeacetrackCli.commandLine(PeacetrackApplication.class);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void aTokenIsMadeShownOnceListedAndRevoked() {
        assertThat(run("token", "create", "editor", "ci-import", "--scope", "IMPORT")).as(err.toString()).isZero();
        Matcher made = Pattern.compile("Token (\\d+) \"ci-import\" \\(IMPORT\\) for editor, shown this once:\\R(pt_\\S+)")
                .matcher(out.toString());
        assertThat(made.find()).as(out.toString()).isTrue();
        out.getBuffer().setLength(0);

        assertThat(run("token", "list", "editor")).as(err.toString()).isZero();
        assertThat(out.toString()).contains(made.group(1) + "\tci-import\tIMPORT").doesNotContain(made.group(2));

        assertThat(run("token", "revoke", "editor", made.group(1))).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Revoked: " + made.group(1));
    }

    @Test
    void anUnknownAccountIsRefusedInOneSentence() {
        assertThat(run("token", "create", "nobody-here", "x")).isEqualTo(1);
        assertThat(err.toString()).contains("No account nobody-here");
    }
}
