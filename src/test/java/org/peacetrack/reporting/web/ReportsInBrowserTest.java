package org.peacetrack.reporting.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.reporting.ReportingFixtures;
import org.peacetrack.testing.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A delegate finds a theme's progress report and the year's repository from the pages and downloads them. */
class ReportsInBrowserTest extends BrowserTest {

    @Autowired
    IngestionService ingestion;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void importSessions() {
        ReportingFixtures.importSessions(jdbc, ingestion);
    }

    @Test
    void aThemesReportIsFoundFromItsListAndDownloadedAsAPdfToPrint() throws IOException {
        Page page = browser.newPage();
        page.navigate(baseUrl() + "/items?framework=A/78/19&theme=Partnerships");
        page.locator("a.progress-report").click();
        assertThat(page.locator("h1")).containsText("Partnerships");
        assertThat(page.locator("#status-distribution svg[role=img]")).isVisible();
        assertThat(page.locator("#over-sessions table.chart-data")).isVisible();
        Download download = page.waitForDownload(() -> page.locator(".downloads a[href*='progress.pdf']").click());
        Assertions.assertThat(download.suggestedFilename()).isEqualTo("progress-A-78-19-theme-Partnerships.pdf");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            Assertions.assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            Assertions.assertThat(new PDFTextStripper().getText(pdf)).contains("Partnerships", "Carried over");
        }
    }

    @Test
    void theRepositoryIsReadPageByPageAndDownloadedAsAZipThatWorksOffline() throws IOException {
        Page page = browser.newPageWithoutJavaScript();
        page.navigate(baseUrl() + "/reports/progress");
        page.locator("a.repository").click();
        assertThat(page.locator("h1")).hasText("Online repository of recommendations of the Special Committee for 2024");
        page.locator("a[href='38.html']").click();
        assertThat(page.locator("h1")).hasText("Recommendation 38 of A/78/19");
        page.locator("a[href='index.html']").first().click();
        Download download = page.waitForDownload(() -> page.locator("a.repository-zip").click());
        Path folder = Files.createTempDirectory("repository");
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(download.path().toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                names.add(e.getName());
                Path target = folder.resolve(e.getName());
                Files.createDirectories(target.getParent());
                Files.copy(zip.getInputStream(e), target);
            }
        }
        Assertions.assertThat(names).contains("repository-2024/index.html", "repository-2024/38.html",
                "repository-2024/style.css");
        Page offline = browser.newPage();
        offline.navigate(folder.resolve("repository-2024/index.html").toUri().toString());
        offline.locator("a[href='38.html']").click();
        assertThat(offline.locator("h1")).hasText("Recommendation 38 of A/78/19");
        Assertions.assertThat(offline.evaluate("getComputedStyle(document.body).fontFamily").toString()).contains("Times");
    }
}
