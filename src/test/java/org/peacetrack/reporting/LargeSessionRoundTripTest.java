package org.peacetrack.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.peacetrack.extraction.Extraction;
import org.peacetrack.ingestion.ImportPreview;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.testing.Database;
import org.peacetrack.register.RegisterService;
import org.peacetrack.register.ReportedStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A session of 1,000 recommendations, imported, written as an addendum in every format and read back: the
 * same entries as the import gave, and the same statuses and references as the records hold.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeSessionRoundTripTest {

    private static final int RECOMMENDATIONS = 1000;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IngestionService ingestion;
    @Autowired
    AddendumService addenda;
    @Autowired
    RegisterService register;

    List<org.peacetrack.extraction.AddendumEntry> imported;

    @BeforeAll
    void aThousandRecommendationsImported() {
        Database.wipe(jdbc);
        byte[] generated = GeneratedSession.addendum(RECOMMENDATIONS);
        imported = ImportPreview.standalone().preview("generated.md", generated, null).extraction().entries();
        ingestion.ingest("generated.md", generated, null);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void eachFormatReadsBackAsTheThousandEntriesTheyCameFrom(ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GenerationReport report = addenda.write(AddendumRequest.of(GeneratedSession.SESSION, GeneratedSession.YEAR),
                format, out);
        Extraction back = ImportPreview.standalone().preview("large." + format.extension(),
                Written.keep("large-session", format, out), null).extraction();

        assertThat(report.recommendations()).isEqualTo(RECOMMENDATIONS);
        assertThat(report.gaps()).isEmpty();
        assertThat(imported).hasSize(RECOMMENDATIONS);
        assertThat(Entries.comparable(back.entries(), format)).containsExactlyElementsOf(Entries.comparable(imported, format));
        List<ReportedStatus> records = register.reportedStatuses(GeneratedSession.SESSION, GeneratedSession.YEAR)
                .orElseThrow();
        assertThat(back.entries()).extracting(e -> e.status().name())
                .containsExactlyElementsOf(records.stream().map(r -> r.status().name()).toList());
        assertThat(back.entries()).extracting(e -> e.priorReferences().stream().map(p -> p.number() + "/" + p.year())
                .toList()).containsExactlyElementsOf(records.stream().map(r -> r.references().stream()
                        .map(p -> p.number() + "/" + p.year()).toList()).toList());
    }
}
