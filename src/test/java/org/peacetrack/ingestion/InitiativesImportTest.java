package org.peacetrack.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.documents.DocumentService;
import org.peacetrack.documents.ParagraphView;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The initiatives summary restarts its numbering in every section; each initiative keeps its own anchor. */
@SpringBootTest
class InitiativesImportTest {

    @Autowired
    IngestionService ingestion;
    @Autowired
    DocumentService documents;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabase() {
        Database.wipe(jdbc);
    }

    @Test
    void everyInitiativeHasItsOwnAnchorQualifiedByItsSection() {
        ImportReport report = ingestion.ingest(Seeds.INITIATIVES, Seeds.bytes(Seeds.INITIATIVES), null);

        List<ParagraphView> paragraphs = documents.get(report.documentId()).orElseThrow().paragraphs();
        assertThat(paragraphs).extracting(ParagraphView::anchor).doesNotHaveDuplicates();
        assertThat(paragraphs).extracting(ParagraphView::number).contains("I.A.1", "II.A.1").allMatch(n -> n.matches("[IVX]+(\\.[A-Z])?\\.\\d+"));
    }
}
