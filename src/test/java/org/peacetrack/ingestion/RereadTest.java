package org.peacetrack.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** A document read again from its kept original reports what the current readers would make differently. */
@SpringBootTest
class RereadTest {

    @Autowired
    IngestionService ingestion;
    @Autowired
    RereadService reread;
    @Autowired
    JdbcTemplate jdbc;

    long id;

    @BeforeEach
    void theAddendumImported() {
        Database.wipe(jdbc);
        jdbc.update("delete from document_original");
        id = ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null).documentId();
    }

    @Test
    void aDocumentReadByTheSameReadersIsUnchanged() {
        RereadReport report = reread.reread(id);

        assertThat(report.unchanged()).as(report.changes().toString()).isTrue();
        assertThat(report.paragraphsAfter()).isEqualTo(121);
    }

    @Test
    void paragraphsAnEarlierReaderMadeDifferentlyAreNamed() {
        jdbc.update("update paragraph set body = 'An older reader cut this short.' where document_id = ? and para_number = '38'", id);
        jdbc.update("update paragraph set para_number = '999' where document_id = ? and para_number = '120'", id);

        RereadReport report = reread.reread(id);

        assertThat(report.unchanged()).isFalse();
        assertThat(report.paragraphsAfter()).isEqualTo(report.paragraphsBefore()).isEqualTo(121);
        assertThat(report.paragraphsChanged()).isEqualTo(2);
        assertThat(report.changes()).anyMatch(c -> c.startsWith("paragraph 38 ") && c.contains("text (31 -> "))
                .anyMatch(c -> c.startsWith("paragraph 999 ") && c.contains("number 999 -> 120"));
        assertThat(jdbc.queryForObject("select body from paragraph where document_id = ? and para_number = '38'",
                String.class, id)).as("a re-read changes nothing").isEqualTo("An older reader cut this short.");
    }

    @Test
    void aDocumentWithoutItsOriginalSaysHowToKeepIt() {
        jdbc.update("delete from document_original");

        assertThatThrownBy(() -> reread.reread(id)).hasMessageContaining("has no original kept")
                .hasMessageContaining("Import the same file again");
    }
}
