package org.peacetrack.reporting.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.reporting.ReportingFixtures;
import org.peacetrack.reporting.repository.ReadProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Progress reports printed to PDF and read back with PDFBox: their words, their pages and page numbers. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressPdfTest {

    @Autowired
    ProgressReports reports;
    @Autowired
    ProgressDocuments documents;
    @Autowired
    IngestionService ingestion;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void importSessions() {
        ReportingFixtures.importSessions(jdbc, ingestion);
    }

    @Test
    void aThemesPdfPrintsEveryRecommendationWithItsStatusAndChangeAndNumbersItsPages() throws IOException {
        ProgressReport report = reports.report(ProgressScope.of("A/78/19", "Partnerships", null), ReadProgress.NONE);
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(report, Locale.ENGLISH))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text.replaceAll("\\s+", " ")).contains("Progress report on the recommendations of", "19: Partnerships",
                    "Since A/77/19 (2023):", "Recommendations by current status", "Implementation over sessions",
                    "Recommendations by current status: the numbers");
            report.entries().forEach(e -> assertThat(text).contains(e.item().number() + ". "));
            assertThat(text).contains("Ongoing for 2 sessions, since 2023", "New in this session (2024)", "Carried over");
            assertThat(text).doesNotContain("Download as PDF");
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            Matcher footer = Pattern.compile("(\\d+) / (\\d+)").matcher(text);
            int seen = 0;
            while (footer.find()) {
                assertThat(Integer.parseInt(footer.group(2))).isEqualTo(pages);
                seen++;
            }
            assertThat(seen).as("a page number on every page").isEqualTo(pages);
        }
    }

    @Test
    void aReportPrintsInFrench() throws IOException {
        ProgressReport report = reports.report(ProgressScope.of("A/78/19", null, "DPO"), ReadProgress.NONE);
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(report, Locale.FRENCH))) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("Rapport d'étape sur les recommandations du document", "concernant DPO",
                            "Recommandations par état actuel");
        }
    }
}
