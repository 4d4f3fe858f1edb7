package org.peacetrack.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.register.OfficialStatuses;
import org.peacetrack.register.TrackingService;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

@SpringBootTest
class ImportAtomicityTest {

    @Autowired
    IngestionService ingestion;
    @Autowired
    JdbcTemplate jdbc;
    @MockitoSpyBean
    TrackingService tracking;

    @BeforeEach
    void emptyDatabase() {
        Database.wipe(jdbc);
    }

    @Test
    void failureWhileRecordingStatusesLeavesNoDocumentOrParagraphBehind() {
        doThrow(new IllegalStateException("disk full")).when(tracking).recordOfficialStatuses(any(OfficialStatuses.class));

        assertThatThrownBy(() -> ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null))
                .hasMessageContaining("disk full");

        assertThat(jdbc.queryForObject("select count(*) from document", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from paragraph", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from tracked_item", Long.class)).isZero();
    }
}
