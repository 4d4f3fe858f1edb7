package org.peacetrack.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.peacetrack.extraction.Extraction;
import org.peacetrack.ingestion.ImportPreview;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The addendum written from the seed addendum's records, read back through the import pipeline in every
 * format, gives the entries the seed gave: numbers, sections, footnote marks, statuses, prior references and
 * the words of each status.
 */
@SpringBootTest
class AddendumRoundTripTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IngestionService ingestion;
    @Autowired
    AddendumService addenda;

    @BeforeEach
    void theSeedAddendumImported() {
        Database.wipe(jdbc);
        ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void eachFormatReadsBackAsTheEntriesTheRecordsCameFrom(ReportFormat format) {
        List<org.peacetrack.extraction.AddendumEntry> seed = read(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024)).entries();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GenerationReport report = addenda.write(AddendumRequest.of("A/78/19", 2024), format, out);
        Extraction back = read("addendum." + format.extension(), Written.keep("seed-addendum", format, out));

        assertThat(report.gaps()).isEmpty();
        assertThat(Entries.comparable(back.entries(), format)).containsExactlyElementsOf(Entries.comparable(seed, format));
        assertThat(back.document().respondsTo()).isEqualTo("A/78/19");
    }

    private static Extraction read(String name, byte[] bytes) {
        return ImportPreview.standalone().preview(name, bytes, null).extraction();
    }
}
