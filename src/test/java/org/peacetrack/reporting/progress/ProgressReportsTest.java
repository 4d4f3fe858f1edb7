package org.peacetrack.reporting.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.reporting.ReportingFixtures;
import org.peacetrack.reporting.repository.ReadProgress;
import org.peacetrack.testing.C34Fixtures;
import org.peacetrack.register.ItemSummary;
import org.peacetrack.register.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Progress reports on the 2023 and 2024 sessions with the real 2024 addendum's published statuses. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressReportsTest {

    @Autowired
    ProgressReports reports;
    @Autowired
    IngestionService ingestion;
    @Autowired
    JdbcTemplate jdbc;

    private ProgressReport session;

    @BeforeAll
    void importSessions() {
        ReportingFixtures.importSessions(jdbc, ingestion);
        session = reports.report(ProgressScope.of("A/78/19", null, null), ReadProgress.NONE);
    }

    private Map<Integer, ProgressReport.Entry> byNumber(ProgressReport report) {
        return report.entries().stream().collect(Collectors.toMap(e -> e.item().number(), Function.identity()));
    }

    @Test
    void aSessionsNewParagraphsAreNewAndItsContinuedOnesAreCarriedOverOrReworded() {
        Map<Integer, ProgressReport.Entry> entries = byNumber(session);
        assertThat(session.previousSession()).isEqualTo("A/77/19");
        C34Fixtures.NEW_IN_2024.forEach(n -> assertThat(entries.get(n).change()).as("paragraph %d", n).isEqualTo(Change.NEW));
        C34Fixtures.TRUE_PAIRS.keySet().forEach(n -> assertThat(entries.get(n).change()).as("paragraph %d", n)
                .isIn(Change.CARRIED_OVER, Change.REWORDED));
        assertThat(entries.get(9).change()).as("same words as A/77/19 9").isEqualTo(Change.CARRIED_OVER);
        assertThat(entries.get(14).change()).as("A/77/19 14 in other words").isEqualTo(Change.REWORDED);
    }

    @Test
    void aStatusThatRefersToLastYearsNumberCarriesTheRecommendationOverAndAgesIt() {
        ProgressReport.Entry entry = byNumber(session).get(38);
        assertThat(entry.change()).isEqualTo(Change.CARRIED_OVER);
        assertThat(entry.item().status()).isEqualTo(Status.ONGOING);
        assertThat(entry.item().earlier()).extracting(ItemSummary::frameworkCode, ItemSummary::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A/77/19", 37));
        assertThat(entry.item().ageInSessions()).isEqualTo(2);
        assertThat(entry.item().firstSession()).isEqualTo(2023);
        assertThat(entry.item().statusText()).startsWith("Implementation is ongoing");
    }

    @Test
    void lastSessionsParagraphsThatNoneContinuesAreDropped() {
        List<Integer> dropped = session.dropped().stream().map(ItemSummary::number).toList();
        assertThat(dropped).isNotEmpty().doesNotContainAnyElementsOf(C34Fixtures.TRUE_PAIRS.values());
        assertThat(dropped).allSatisfy(n -> assertThat(session.entries()).noneMatch(e -> e.item().earlier().stream()
                .anyMatch(i -> i.frameworkCode().equals("A/77/19") && i.number() == n)));
        assertThat(session.count(Change.DROPPED)).isEqualTo(dropped.size());
    }

    @Test
    void aThemesReportHoldsOnlyThatThemeAndCountsItsStatusesOverSessions() {
        ProgressReport theme = reports.report(ProgressScope.of("A/78/19", "Partnerships", null), ReadProgress.NONE);
        assertThat(theme.entries()).isNotEmpty().allMatch(e -> "Partnerships".equals(e.item().item().theme()));
        assertThat(theme.entries()).hasSizeLessThan(session.entries().size());
        ProgressReport.SessionCounts counts = theme.statusCounts();
        assertThat(counts.total()).isEqualTo(theme.entries().size());
        assertThat(counts.count(Status.ONGOING)).isEqualTo(theme.entries().stream()
                .filter(e -> e.item().status() == Status.ONGOING).count());
        assertThat(theme.overSessions()).extracting(ProgressReport.SessionCounts::session).endsWith("A/78/19");
        assertThat(theme.overSessions().get(theme.overSessions().size() - 1).total()).isEqualTo(theme.entries().size());
    }

    @Test
    void anEntitysReportHoldsTheRecommendationsWhosePublishedStatusesNameIt() {
        ProgressReport dpo = reports.report(ProgressScope.of("A/78/19", null, "DPO"), ReadProgress.NONE);
        assertThat(dpo.entries()).isNotEmpty().allMatch(e -> e.item().entities().contains("DPO"));
        assertThat(dpo.entries()).extracting(e -> e.item().number()).contains(54, 60);
    }

    @Test
    void progressIsToldForEachRecommendationRead() {
        List<Integer> told = new java.util.ArrayList<>();
        ProgressReport theme = reports.report(ProgressScope.of("A/78/19", "Partnerships", null), (done, total) -> told.add(done));
        assertThat(told).hasSize(theme.entries().size()).endsWith(theme.entries().size());
    }

    @Test
    void anUnknownSessionThemeOrEntityOrBothAThemeAndAnEntityAreRefusedWithTheReason() {
        assertThatThrownBy(() -> reports.report(ProgressScope.of("A/99/19", null, null), ReadProgress.NONE))
                .isInstanceOfSatisfying(ReportRefusal.class, r -> assertThat(r.code()).isEqualTo("progress.error.unknownSession"));
        assertThatThrownBy(() -> reports.report(ProgressScope.of("A/78/19", "Astrology", null), ReadProgress.NONE))
                .isInstanceOfSatisfying(ReportRefusal.class, r -> assertThat(r.reason()).isEqualTo(ReportRefusal.Reason.NOT_FOUND));
        assertThatThrownBy(() -> ProgressScope.of("A/78/19", "Partnerships", "DPO"))
                .isInstanceOfSatisfying(ReportRefusal.class, r -> assertThat(r.reason()).isEqualTo(ReportRefusal.Reason.BAD_REQUEST));
    }
}
