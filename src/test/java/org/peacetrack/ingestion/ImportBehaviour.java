package org.peacetrack.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.documents.DocumentKind;
import org.peacetrack.documents.DocumentService;
import org.peacetrack.documents.DocumentSummary;
import org.peacetrack.documents.DocumentView;
import org.peacetrack.documents.ParagraphView;
import org.peacetrack.documents.RepairView;
import org.peacetrack.documents.fixtures.SeedRenditions;
import org.peacetrack.register.ItemSummary;
import org.peacetrack.register.ItemView;
import org.peacetrack.register.RegisterService;
import org.peacetrack.register.Status;
import org.peacetrack.register.ThemeCount;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** How importing behaves on a real database; run once per supported database by the subclasses. */
abstract class ImportBehaviour {

    @Autowired
    IngestionService ingestion;
    @Autowired
    DocumentService documents;
    @Autowired
    RegisterService register;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabase() {
        Database.wipe(jdbc);
    }

    ImportReport importAddendum() {
        return ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
    }

    @Test
    void addendumImportStoresTheDocumentItsEntriesAndTheirStatuses() {
        ImportReport report = importAddendum();

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.CREATED);
        assertThat(report.kind()).isEqualTo(DocumentKind.SG_ADDENDUM);
        assertThat(report.paragraphsCreated()).isEqualTo(121);
        assertThat(report.itemsCreated()).isEqualTo(121);
        assertThat(report.statusUpdatesCreated()).isEqualTo(121);
        assertThat(documents.get(report.documentId()).orElseThrow().paragraphs()).hasSize(121);
        List<ThemeCount> themes = register.listing("A/78/19", null).orElseThrow().themes();
        assertThat(themes).hasSize(9);
        assertThat(themes.get(0).theme()).isEqualTo("Introduction");
        assertThat(themes.stream().mapToLong(ThemeCount::count).sum()).isEqualTo(121);
    }

    @Test
    void aDocumentsKindAndFormatAreStoredByTheirNamesAndReadBackAsTheirEnums() {
        ImportReport report = importAddendum();
        DocumentSummary stored = documents.summary(report.documentId()).orElseThrow();

        assertThat(stored.kind()).isEqualTo(DocumentKind.SG_ADDENDUM);
        assertThat(jdbc.queryForObject("select kind from document where id = ?", String.class, stored.id()))
                .isEqualTo("SG_ADDENDUM");
        assertThat(jdbc.queryForObject("select source_format from document where id = ?", String.class, stored.id()))
                .isEqualTo(stored.format().name());
    }

    @Test
    void everyRepairOfTheSourceIsStoredWithTheParagraphItLiesIn() {
        ImportReport report = ingestion.ingest("report.pdf", SeedRenditions.pdf(Seeds.ADDENDUM_2024, "A/79/553/Add.1", "24-19876"),
                null);
        DocumentView stored = documents.get(report.documentId()).orElseThrow();

        assertThat(report.repairs()).as("the rendition hyphenates words at line ends").isNotEmpty();
        assertThat(stored.repairs()).extracting(RepairView::original, RepairView::repaired, RepairView::proof)
                .containsExactlyElementsOf(report.repairs().stream()
                        .map(r -> tuple(r.original(), r.repaired(), r.proof())).toList());
        Map<Long, ParagraphView> paragraphs = stored.paragraphs().stream()
                .collect(Collectors.toMap(ParagraphView::id, p -> p));
        List<RepairView> placed = stored.repairs().stream().filter(r -> r.paragraphId() != null).toList();
        assertThat(placed).as("hyphens dropped inside numbered paragraphs").isNotEmpty();
        assertThat(placed).allSatisfy(r -> {
            assertThat(r.original()).contains("-\n");
            assertThat(paragraphs.get(r.paragraphId()).text()).contains(r.repaired());
        });
        assertThat(stored.repairsOf(placed.get(0).paragraphId())).contains(placed.get(0));
    }

    @Test
    void entryKeepsItsStatusThemeAndProvenance() {
        ImportReport report = importAddendum();
        ItemSummary item38 = register.item("A/78/19", 38).orElseThrow();
        ItemView view = register.item(item38.id()).orElseThrow();

        assertThat(item38.theme()).isEqualTo("Conduct of peacekeepers and peacekeeping operations");
        assertThat(item38.currentStatus()).isEqualTo(Status.ONGOING);
        assertThat(view.history()).singleElement().satisfies(u -> {
            assertThat(u.phrase()).isEqualTo("Implementation is ongoing.");
            assertThat(u.setBy()).isEqualTo("importer");
            assertThat(u.year()).isEqualTo(2024);
            assertThat(documents.paragraphs(List.of(u.sourceParagraphId())).get(u.sourceParagraphId()))
                    .satisfies(p -> {
                        assertThat(p.documentId()).isEqualTo(report.documentId());
                        assertThat(p.number()).isEqualTo("38");
                    });
        });
    }

    @Test
    void referenceToA2023RecommendationLinksToAPlaceholderItem() {
        ImportReport report = importAddendum();
        ItemView view = register.item(register.item("A/78/19", 38).orElseThrow().id()).orElseThrow();

        // 24 references, two of them (from 43 and 46) to the same 2023 recommendation 42
        assertThat(report.linksCreated()).isEqualTo(24);
        assertThat(report.placeholdersCreated()).isEqualTo(23);
        assertThat(view.references()).singleElement().satisfies(link -> {
            assertThat(link.item().frameworkCode()).isEqualTo("A/77/19");
            assertThat(link.item().sessionYear()).isEqualTo(2023);
            assertThat(link.item().number()).isEqualTo(37);
            assertThat(link.item().title()).isEqualTo("Recommendation 37 of A/77/19");
        });
        ItemView placeholder = register.item(view.references().get(0).item().id()).orElseThrow();
        assertThat(placeholder.referencedBy()).extracting(l -> l.item().number()).containsExactly(38);
    }

    @Test
    void itemsKeepTheMissionsAndEntitiesTheirStatusNames() {
        importAddendum();
        ItemView item55 = register.item(register.item("A/78/19", 55).orElseThrow().id()).orElseThrow();
        ItemView item43 = register.item(register.item("A/78/19", 43).orElseThrow().id()).orElseThrow();

        assertThat(item55.missions()).contains("MONUSCO", "MINUSCA", "UNMISS", "UNISFA");
        assertThat(item43.responsibleEntities()).contains("OIOS");
    }

    @Test
    void reimportingTheSameFileCreatesNothing() {
        ImportReport first = importAddendum();
        ImportReport again = ingestion.ingest("renamed-copy.txt", Seeds.bytes(Seeds.ADDENDUM_2024), null);

        assertThat(again.outcome()).isEqualTo(ImportReport.Outcome.ALREADY_IMPORTED);
        assertThat(again.documentId()).isEqualTo(first.documentId());
        assertThat(again.skipped()).singleElement().asString().contains("identical");
        assertThat(documents.list()).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from status_update", Long.class)).isEqualTo(121);
    }

    @Test
    void fileThatIsNoRecognisableDocumentIsRejectedAndNothingIsStored() {
        importAddendum();
        byte[] notes = "Meeting notes\n\nBring the slides.".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ingestion.ingest("notes.txt", notes, null))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("notes.txt")
                .hasMessageContaining("Not a recognisable document");
        assertThat(documents.list()).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from paragraph", Long.class)).isEqualTo(121);
    }

    @Test
    void binaryFileIsRejectedWithAClearError() {
        byte[] binary = new byte[2048];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        assertThatThrownBy(() -> ingestion.ingest("image.txt", binary, null))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("not");
        assertThat(documents.list()).isEmpty();
    }
}
