package org.peacetrack.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.extraction.Extraction;
import org.peacetrack.ingestion.ImportPreview;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.register.RegisterService;
import org.peacetrack.register.Status;
import org.peacetrack.register.StatusView;
import org.peacetrack.security.Actor;
import org.peacetrack.security.Role;
import org.peacetrack.testing.BrowserTest;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.peacetrack.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A reader downloads the addendum from the session's list in every format, and an editor the cycle's from
 * the cycle's page; the PDFs are read back for their words and pages, the Word file through the import.
 */
class AddendumInBrowserTest extends BrowserTest {

    private static final Actor FOCAL = new Actor("focal.dpo", "Focal DPO", Role.FOCAL_POINT, "DPO");
    private static final Actor REVIEWER = new Actor("reviewer", "Reviewer", Role.REVIEWER, null);
    private static final Actor EDITOR = new Actor("editor", "Editor", Role.EDITOR, null);
    private static final String PUBLISHED = "The vetting of all personnel is complete.";

    @Autowired
    IngestionService ingestion;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkflowService workflow;
    @Autowired
    RegisterService register;

    long cycle;

    @BeforeEach
    void theSeedAddendumAndACycleWithOnePublishedStatus() {
        Database.wipe(jdbc);
        ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
        cycle = workflow.openCycle("A/78/19", 2025, LocalDate.now().plusDays(30), EDITOR).id();
        workflow.assign(cycle, List.of(38), "DPO", EDITOR);
        long item = register.item("A/78/19", 38).orElseThrow().id();
        StatusView draft = workflow.saveDraft(cycle, item, Status.IMPLEMENTED, PUBLISHED, null, FOCAL);
        StatusView submitted = workflow.submit(draft.id(), draft.version(), FOCAL);
        StatusView approved = workflow.approve(submitted.id(), submitted.version(), REVIEWER);
        workflow.publish(approved.id(), approved.version(), EDITOR);
    }

    @Test
    void aReaderDownloadsTheSessionsAddendumInEachFormat() throws Exception {
        Page page = browser.newPage();
        page.navigate(baseUrl() + "/items?framework=A/78/19");

        byte[] word = download(page, "Download the addendum for 2024 as Word");
        Extraction fromWord = ImportPreview.standalone().preview("a.docx", word, null).extraction();
        assertThat(fromWord.entries()).hasSize(ImportPreview.standalone().preview(Seeds.ADDENDUM_2024,
                Seeds.bytes(Seeds.ADDENDUM_2024), null).extraction().entries().size());
        assertThat(fromWord.document().respondsTo()).isEqualTo("A/78/19");

        try (PDDocument pdf = Loader.loadPDF(download(page, "Download the addendum for 2024 as PDF"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getNumberOfPages()).isGreaterThan(20);
            assertThat(text).contains("A/79/553/Add.1", "Report of the Secretary-General", "Paragraph", "in A/78/19",
                    "1/" + pdf.getNumberOfPages(), "VIII. Safety and security");
        }
        assertThat(new String(download(page, "Download the addendum for 2024 as HTML"), StandardCharsets.UTF_8))
                .contains("<table class=\"matrix\">", "IX. Women and peace and security");
        assertThat(new String(download(page, "Download the addendum for 2024 as Markdown"), StandardCharsets.UTF_8))
                .contains("#### **Addendum**", "38 Implementation is ongoing. Please refer to the status of "
                        + "recommendation 37");
    }

    @Test
    void anEditorDownloadsTheCyclesAddendumWithItsGapsFromTheCyclePage() throws Exception {
        Page page = browser.signedIn(baseUrl(), "editor", "peacetrack-demo");
        page.navigate(baseUrl() + "/cycles/" + cycle);

        try (PDDocument pdf = Loader.loadPDF(download(page, "Download the addendum for 2025 as PDF"))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            assertThat(text).contains("38 " + PUBLISHED, "39 [No status has been published for 2025.]");
        }
    }

    private static byte[] download(Page page, String label) throws Exception {
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName(label).setExact(true)).click());
        return Files.readAllBytes(download.path());
    }
}
