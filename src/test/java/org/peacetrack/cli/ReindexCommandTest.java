package org.peacetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.peacetrack.testing.Seeds;

class ReindexCommandTest {

    private final CommandRunner cli = new CommandRunner();

    @Test
    void reindexRebuildsTheIndexFromTheDatabaseAndSaysHowManyRecords() {
        assertThat(cli.run("ingest", Seeds.path(Seeds.ADDENDUM_2024).toString())).as(cli.err()).isZero();
        cli.forgetOutput();

        assertThat(cli.run("reindex")).isZero();

        Matcher indexed = Pattern.compile("Indexed (\\d+) records").matcher(cli.out());
        assertThat(indexed.find()).as(cli.out()).isTrue();
        // 121 items, their statuses and the addendum's paragraphs at least
        assertThat(Long.parseLong(indexed.group(1))).isGreaterThan(242);
    }
}
