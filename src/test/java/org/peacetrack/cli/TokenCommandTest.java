package org.peacetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Issue 14, item 5: an operator makes, lists and revokes an account's API tokens from the command line. */
class TokenCommandTest {

    private final CommandRunner cli = new CommandRunner();

    @Test
    void aTokenIsMadeShownOnceListedAndRevoked() {
        assertThat(cli.run("token", "create", "editor", "ci-import", "--scope", "IMPORT")).as(cli.err()).isZero();
        Matcher made = Pattern.compile("Token (\\d+) \"ci-import\" \\(IMPORT\\) for editor, shown this once:\\R(pt_\\S+)")
                .matcher(cli.out());
        assertThat(made.find()).as(cli.out()).isTrue();
        cli.forgetOutput();

        assertThat(cli.run("token", "list", "editor")).as(cli.err()).isZero();
        assertThat(cli.out()).contains(made.group(1) + "\tci-import\tIMPORT").doesNotContain(made.group(2));

        assertThat(cli.run("token", "revoke", "editor", made.group(1))).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Revoked: " + made.group(1));
    }

    @Test
    void anUnknownAccountIsRefusedInOneSentence() {
        assertThat(cli.run("token", "create", "nobody-here", "x")).isEqualTo(1);
        assertThat(cli.err()).contains("No account nobody-here");
    }
}
