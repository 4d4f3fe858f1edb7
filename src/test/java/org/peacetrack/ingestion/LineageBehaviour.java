package org.peacetrack.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.documents.DocumentKind;
import org.peacetrack.lineage.LineageService;
import org.peacetrack.lineage.Relinked;
import org.peacetrack.register.ItemSummary;
import org.peacetrack.register.ItemView;
import org.peacetrack.register.Lineage;
import org.peacetrack.register.LineageStep;
import org.peacetrack.register.LinkKind;
import org.peacetrack.register.RegisterService;
import org.peacetrack.register.ReviewState;
import org.peacetrack.testing.C34Fixtures;
import org.peacetrack.testing.C34Reports;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Following recommendations across sessions, on a real database; run once per database by the subclasses. */
abstract class LineageBehaviour {

    /** Invented 2023 recommendations at the numbers the 2024 addendum refers to (37, 38, 44). */
    static final Map<Integer, String> CONDUCT_2023 = Map.of(
            36, "The Special Committee requests the Secretariat to publish an annual summary of allegations of misconduct by mission.",
            37, "The Special Committee requests the Secretariat to strengthen the vetting of personnel before deployment, including checks against the records of past misconduct.",
            38, "The Special Committee encourages Member States to provide pre-deployment training on standards of conduct to all contingent members.",
            39, "The Special Committee urges the Secretariat to shorten the time taken to pay victims' assistance funds.",
            40, "The Special Committee calls upon Member States to appoint national investigation officers for each contingent.",
            41, "The Special Committee requests the Secretariat to report on risk assessments of sexual exploitation in each mission.",
            42, "The Special Committee welcomes the circle of leadership and encourages more leaders to join it.",
            43, "The Special Committee requests the Secretariat to review the welfare and recreation arrangements for uniformed personnel.",
            44, "The Special Committee urges the Secretariat to improve the water supply of remote camps through renewable pumping systems.");

    /** Invented 2024 recommendations: 38 and 42 reword what the addendum says they continue; 40 does not. */
    static final Map<Integer, String> CONDUCT_2024 = Map.of(
            38, "The Special Committee requests the Secretariat to strengthen further the vetting of personnel before deployment, including checks against records of past misconduct held by Member States.",
            39, "The Special Committee requests the Secretariat to make information on the status of paternity claims available to victims.",
            40, "The Special Committee requests the Secretariat to report on the number of trust fund projects for victims in each mission.",
            41, "The Special Committee calls upon Member States to appoint national investigation officers for each contingent and to notify the Secretariat.",
            42, "The Special Committee encourages Member States to provide pre-deployment training on standards of conduct to all contingent members and their commanders.");

    @Autowired
    IngestionService ingestion;
    @Autowired
    RegisterService register;
    @Autowired
    LineageService lineage;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabase() {
        Database.wipe(jdbc);
    }

    void importAddendum() {
        ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
    }

    void importFixture(String name) {
        ingestion.ingest(name, C34Fixtures.bytes(name), null);
    }

    void importConductReports() {
        ingestion.ingest("A_77_19-conduct.md", C34Reports.report("A/77/19", 2023, CONDUCT_2023), null);
        ingestion.ingest("A_78_19-conduct.md", C34Reports.report("A/78/19", 2024, CONDUCT_2024), null);
    }

    ItemSummary item(String framework, int number) {
        return register.item(framework, number).orElseThrow();
    }

    Lineage lineageOf(String framework, int number) {
        return lineage.lineage(item(framework, number).id()).orElseThrow();
    }

    @Test
    void importing2023ReportFillsThePlaceholderThe2024AddendumCreated() {
        importAddendum();
        long placeholder = item("A/77/19", 37).id();

        ImportReport report = ingestion.ingest("A_77_19-conduct.md", C34Reports.report("A/77/19", 2023, CONDUCT_2023), null);

        ItemView filled = register.item(placeholder).orElseThrow();
        assertThat(report.kind()).isEqualTo(DocumentKind.C34_REPORT);
        assertThat(item("A/77/19", 37).id()).isEqualTo(placeholder);
        assertThat(filled.text()).isEqualTo(CONDUCT_2023.get(37));
        assertThat(filled.item().title()).isEqualTo("Requests the Secretariat to strengthen the vetting of personnel before deployment, including …");
        assertThat(filled.item().theme()).isEqualTo(C34Reports.CONDUCT);
        assertThat(filled.referencedBy()).filteredOn(l -> l.kind() == LinkKind.REFERS_TO_PRIOR)
                .extracting(l -> l.item().number()).containsExactly(38);
        assertThat(jdbc.queryForObject("select count(*) from tracked_item t join framework f on f.id = t.framework_id"
                + " where f.code = 'A/77/19' and t.item_number = 37", Long.class)).isEqualTo(1);
    }

    @Test
    void reportRecordsEachRecommendationsAddresseeVerbAndSourceParagraph() {
        importFixture(C34Fixtures.REPORT_2023);

        Map<String, Object> row = jdbc.queryForMap("select t.addressee, t.operative_verb, p.para_number from tracked_item t"
                + " join framework f on f.id = t.framework_id join paragraph p on p.id = t.source_paragraph_id"
                + " where f.code = 'A/77/19' and t.item_number = 9");
        assertThat(row).containsEntry("ADDRESSEE", "BOTH").containsEntry("OPERATIVE_VERB", "encourages")
                .containsEntry("PARA_NUMBER", "9");
        assertThat(item("A/77/19", 9).sessionYear()).isEqualTo(2023);
    }

    @Test
    void recommendationServesTheA4pThemeOfItsSectionEvenUnderASubHeading() {
        importFixture(C34Fixtures.REPORT_2024);

        ItemView explosiveHazards = register.item(item("A/78/19", 16).id()).orElseThrow();

        assertThat(explosiveHazards.item().theme()).isEqualTo("Safety and security");
        assertThat(explosiveHazards.references()).filteredOn(l -> l.kind() == LinkKind.SERVES).singleElement()
                .satisfies(l -> assertThat(l.item().frameworkCode()).isEqualTo("A4P"))
                .satisfies(l -> assertThat(l.item().title()).isEqualTo("Safety and security"));
        assertThat(register.listing("A4P", null).orElseThrow().items()).hasSize(8);
        assertThat(register.listing("A4P+", null).orElseThrow().items()).extracting(ItemSummary::title)
                .hasSize(7).contains("Accountability of peacekeepers");
    }

    @Test
    void renumberedParagraphIsMatchedAcrossSessionsWithItsScore() {
        importFixture(C34Fixtures.REPORT_2023);
        importFixture(C34Fixtures.REPORT_2024);

        Lineage womenObservers = lineageOf("A/78/19", 11);

        assertThat(womenObservers.chain()).extracting(s -> s.item().sessionYear(), s -> s.item().number())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2023, 10), org.assertj.core.groups.Tuple.tuple(2024, 11));
        LineageStep step = womenObservers.chain().get(1);
        assertThat(step.linkedBy()).isEqualTo(LinkKind.SIMILAR_TO);
        assertThat(step.score()).isGreaterThan(0.9);
        assertThat(step.review()).isEqualTo(ReviewState.PROPOSED);
        assertThat(womenObservers.firstSession()).isEqualTo(2023);
        assertThat(womenObservers.ageInSessions()).isEqualTo(2);
    }

    @Test
    void sessionsAreMatchedWhicheverReportIsImportedFirst() {
        importFixture(C34Fixtures.REPORT_2024);
        importFixture(C34Fixtures.REPORT_2023);

        C34Fixtures.TRUE_PAIRS.forEach((later, earlier) -> assertThat(lineageOf("A/78/19", later).chain())
                .extracting(s -> s.item().number()).as("2024 paragraph %d", later).containsExactly(earlier, later));
    }

    @Test
    void lineageOfAnItemAlreadyReadIsItsLineageById() {
        importFixture(C34Fixtures.REPORT_2023);
        importFixture(C34Fixtures.REPORT_2024);
        importAddendum();

        int unlinked = 0;
        for (ItemSummary listed : register.listing("A/78/19", null).orElseThrow().items()) {
            ItemView read = register.item(listed.id()).orElseThrow();
            assertThat(lineage.lineage(read)).as("2024 paragraph %d", listed.number())
                    .isEqualTo(lineage.lineage(listed.id()).orElseThrow());
            unlinked += read.references().isEmpty() && read.referencedBy().isEmpty() ? 1 : 0;
        }
        assertThat(unlinked).as("items without any link, whose chain is known without a query").isPositive();
    }

    @Test
    void newParagraphHasNoPredecessor() {
        importFixture(C34Fixtures.REPORT_2023);
        importFixture(C34Fixtures.REPORT_2024);

        for (int fresh : C34Fixtures.NEW_IN_2024) {
            Lineage lineageOfNew = lineageOf("A/78/19", fresh);
            assertThat(lineageOfNew.chain()).as("2024 paragraph %d", fresh).hasSize(1);
            assertThat(lineageOfNew.firstSession()).isEqualTo(2024);
        }
    }

    @Test
    void explicitReferenceToUnrelatedTextIsFlagged() {
        importAddendum();
        importConductReports();

        Lineage trustFund = lineageOf("A/78/19", 40);
        Lineage vetting = lineageOf("A/78/19", 38);

        assertThat(trustFund.unrelatedReferences()).singleElement().satisfies(w -> {
            assertThat(w.from().number()).isEqualTo(40);
            assertThat(w.to().number()).isEqualTo(44);
            assertThat(w.to().sessionYear()).isEqualTo(2023);
            assertThat(w.score()).isLessThan(w.threshold());
        });
        assertThat(vetting.unrelatedReferences()).isEmpty();
        assertThat(vetting.chain()).extracting(s -> s.item().number()).containsExactly(37, 38);
        assertThat(vetting.sessionsOngoing()).isEqualTo(1);
    }

    @Test
    void personCanConfirmOrRejectAProposedMatch() {
        importFixture(C34Fixtures.REPORT_2023);
        importFixture(C34Fixtures.REPORT_2024);
        long vetted = item("A/78/19", 13).id();
        long rejected = item("A/78/19", 14).id();
        long confirmLink = lineage.lineage(vetted).orElseThrow().chain().get(1).linkId();
        long rejectLink = lineage.lineage(rejected).orElseThrow().chain().get(1).linkId();

        assertThat(lineage.review(vetted, confirmLink, ReviewState.CONFIRMED)).contains(ReviewState.CONFIRMED);
        assertThat(lineage.review(rejected, rejectLink, ReviewState.REJECTED)).contains(ReviewState.REJECTED);
        assertThat(lineage.review(vetted, rejectLink, ReviewState.CONFIRMED)).as("a match of another item").isEmpty();

        assertThat(lineage.lineage(vetted).orElseThrow().chain().get(1).review()).isEqualTo(ReviewState.CONFIRMED);
        assertThat(lineage.lineage(rejected).orElseThrow().chain()).hasSize(1);
        importFixture("A_78_19.txt");
        assertThat(lineage.lineage(rejected).orElseThrow().chain()).as("a rejected match is not proposed again").hasSize(1);
    }

    long linkId(String kind, String fromFramework, int fromNumber, String toFramework, int toNumber) {
        return jdbc.queryForObject("select id from item_link where kind = ? and from_item_id = ? and to_item_id = ?",
                Long.class, kind, item(fromFramework, fromNumber).id(), item(toFramework, toNumber).id());
    }

    @Test
    void chainShowsTheStoredScoreAndWarningWithoutRecomputingThem() {
        importAddendum();
        importConductReports();
        long reference = linkId("REFERS_TO_PRIOR", "A/78/19", 40, "A/77/19", 44);

        jdbc.update("update item_link set score = 0.875, unrelated = false where id = ?", reference);

        Lineage trustFund = lineageOf("A/78/19", 40);
        assertThat(trustFund.unrelatedReferences()).as("read as stored, not recomputed from the texts").isEmpty();
        assertThat(trustFund.chain()).filteredOn(s -> Long.valueOf(reference).equals(s.linkId()))
                .singleElement().satisfies(s -> assertThat(s.score()).isEqualTo(0.875));
    }

    @Test
    void referenceMadeWhenBothTextsAreKnownIsScoredWhenMade() {
        importConductReports();
        importAddendum();

        Map<String, Object> reference = jdbc.queryForMap("select score, unrelated, matcher_version from item_link"
                + " where id = ?", linkId("REFERS_TO_PRIOR", "A/78/19", 40, "A/77/19", 44));

        assertThat((Double) reference.get("SCORE")).isLessThan(0.5);
        assertThat(reference).containsEntry("UNRELATED", true);
        assertThat((String) reference.get("MATCHER_VERSION")).isNotBlank();
        assertThat(lineageOf("A/78/19", 40).unrelatedReferences()).singleElement()
                .satisfies(w -> assertThat(w.to().number()).isEqualTo(44));
    }

    @Test
    void linksStoredBeforeScoresAreScoredOnceWhenANodeStartsWithTheMatcher() {
        importAddendum();
        importConductReports();
        importFixture(C34Fixtures.REPORT_2023);
        importFixture(C34Fixtures.REPORT_2024);
        Lineage trustFundScored = lineageOf("A/78/19", 40);
        Lineage womenObserversScored = lineageOf("A/78/19", 11);
        // as V25 leaves the rows of a database made before it: no stored reference score, no warning, no version
        jdbc.update("update item_link set score = null, unrelated = false, matcher_version = null where kind = 'REFERS_TO_PRIOR'");
        jdbc.update("update item_link set matcher_version = null where kind = 'SIMILAR_TO'");
        jdbc.update("update lineage_matcher set version = 'none'");
        assertThat(lineageOf("A/78/19", 40).unrelatedReferences()).isEmpty();

        Relinked done = lineage.relinkIfMatcherChanged().orElseThrow();

        assertThat(done.linksRescored()).isEqualTo(jdbc.queryForObject(
                "select count(*) from item_link where kind in ('REFERS_TO_PRIOR', 'SIMILAR_TO')", Integer.class));
        assertThat(done.matchesProposed()).as("the matches were proposed at import").isZero();
        assertThat(lineageOf("A/78/19", 40)).isEqualTo(trustFundScored);
        assertThat(lineageOf("A/78/19", 11)).isEqualTo(womenObserversScored);
        assertThat(jdbc.queryForObject("select count(*) from item_link where kind in ('REFERS_TO_PRIOR', 'SIMILAR_TO')"
                + " and matcher_version is null", Integer.class)).isZero();
        assertThat(lineage.relinkIfMatcherChanged()).as("done once, then the version is current").isEmpty();
    }

    @Test
    void nodeStartingWithAnotherMatcherVersionRescoresAndProposesWhatItWouldMatch() {
        importFixture(C34Fixtures.REPORT_2023);
        importFixture(C34Fixtures.REPORT_2024);
        Lineage womenObservers = lineageOf("A/78/19", 11);
        jdbc.update("delete from item_link where id = ?", womenObservers.chain().get(1).linkId());
        jdbc.update("update lineage_matcher set version = 'tfidf-cosine-0'");

        Relinked done = lineage.relinkIfMatcherChanged().orElseThrow();

        assertThat(done.matchesProposed()).as("the match a person had not seen yet, proposed again").isEqualTo(1);
        assertThat(lineageOf("A/78/19", 11).chain()).extracting(s -> s.item().number(), LineageStep::score)
                .containsExactlyElementsOf(womenObservers.chain().stream()
                        .map(s -> org.assertj.core.groups.Tuple.tuple(s.item().number(), s.score())).toList());
        assertThat(lineage.relinkIfMatcherChanged()).isEmpty();
    }

    @Test
    void relinkRecomputesEveryStoredScoreAndKeepsReviews() {
        importFixture(C34Fixtures.REPORT_2023);
        importFixture(C34Fixtures.REPORT_2024);
        long vetted = item("A/78/19", 13).id();
        long match = lineage.lineage(vetted).orElseThrow().chain().get(1).linkId();
        lineage.review(vetted, match, ReviewState.CONFIRMED);
        Double scored = lineage.lineage(vetted).orElseThrow().chain().get(1).score();
        jdbc.update("update item_link set score = 0.01, matcher_version = 'an older matcher' where kind = 'SIMILAR_TO'");

        Relinked done = lineage.relink();

        assertThat(done.linksRescored()).isPositive();
        LineageStep step = lineage.lineage(vetted).orElseThrow().chain().get(1);
        assertThat(step.score()).isEqualTo(scored);
        assertThat(step.review()).isEqualTo(ReviewState.CONFIRMED);
        assertThat(jdbc.queryForList("select distinct matcher_version from item_link where kind = 'SIMILAR_TO'",
                String.class)).singleElement().isEqualTo(done.matcherVersion());
    }

    @Autowired
    DataSource dataSource;

    /** V25 on a copy of the schema as it was before (in a schema of its own): old links stay, to be scored. */
    @Test
    void storedScoresMigrationKeepsTheLinksMadeBeforeIt() {
        String schema = jdbc.execute((ConnectionCallback<Boolean>) c -> c.getMetaData().storesUpperCaseIdentifiers())
                ? "CARRY_OVER" : "carry_over";
        jdbc.execute("drop schema if exists carry_over cascade");
        try {
            Flyway.configure().dataSource(dataSource).schemas(schema).target(lastVersionBefore25(schema)).load().migrate();
            jdbc.update("insert into carry_over.framework (id, code, kind, title, session_year) values"
                    + " (1, 'A/77/19', 'C34_RECOMMENDATIONS', 'Report', 2023), (2, 'A/78/19', 'C34_RECOMMENDATIONS', 'Report', 2024)");
            jdbc.update("insert into carry_over.tracked_item (id, framework_id, item_number, title, created_at) values"
                    + " (1, 1, 37, 'Vetting', current_timestamp), (2, 2, 38, 'Vetting', current_timestamp)");
            jdbc.update("insert into carry_over.item_link (from_item_id, to_item_id, kind, score, review_state) values"
                    + " (2, 1, 'REFERS_TO_PRIOR', null, null), (2, 1, 'SIMILAR_TO', 0.93, 'CONFIRMED')");

            Flyway.configure().dataSource(dataSource).schemas(schema).load().migrate();

            assertThat(jdbc.queryForList("select kind, score, review_state, unrelated, matcher_version"
                    + " from carry_over.item_link order by kind")).extracting(r -> List.of(String.valueOf(r.get("KIND")),
                            String.valueOf(r.get("SCORE")), String.valueOf(r.get("REVIEW_STATE")),
                            String.valueOf(r.get("UNRELATED")), String.valueOf(r.get("MATCHER_VERSION"))))
                    .containsExactly(List.of("REFERS_TO_PRIOR", "null", "null", "false", "null"),
                            List.of("SIMILAR_TO", "0.93", "CONFIRMED", "false", "null"));
            assertThat(jdbc.queryForObject("select version from carry_over.lineage_matcher", String.class))
                    .as("so that the first start after it scores them").isEqualTo("none");
        } finally {
            jdbc.execute("drop schema if exists carry_over cascade");
        }
    }

    private String lastVersionBefore25(String schema) {
        return Arrays.stream(Flyway.configure().dataSource(dataSource).schemas(schema).load().info().all())
                .map(MigrationInfo::getVersion).filter(v -> v.isNewerThan("0") && !v.isAtLeast("25"))
                .max(Comparator.naturalOrder()).orElseThrow().getVersion();
    }
}
