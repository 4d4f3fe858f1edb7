package org.peacetrack.reporting.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.reporting.ReportingFixtures;
import org.peacetrack.register.ItemRecord;
import org.peacetrack.register.RegisterService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The 2024 repository written as a folder, read as a browser would read it from disk. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfflineRepositoryTest {

    @Autowired
    OnlineRepository repository;
    @Autowired
    RegisterService register;
    @Autowired
    IngestionService ingestion;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    private RepositoryYear year;

    @BeforeAll
    void importSessions() {
        ReportingFixtures.importSessions(jdbc, ingestion);
        year = repository.year(2024, ReadProgress.NONE).orElseThrow();
    }

    @Test
    void everyLinkOfTheFolderResolvesToAFileInItAndNothingIsFetchedFromElsewhere() throws IOException {
        OfflineCopy.write(repository.offlineFiles(year, Locale.ENGLISH), folder);
        List<String> broken = new ArrayList<>();
        int links = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document page = Jsoup.parse(file.toFile());
                for (Element link : page.select("[href], [src]")) {
                    String target = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                    links++;
                    if (!resolves(file, page, target)) {
                        broken.add(file.getFileName() + " -> " + target);
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(links).as("index to pages, pages to index and stylesheet").isGreaterThan(3 * year.items().size());
    }

    private boolean resolves(Path file, Document page, String target) {
        if (target.contains(":") || target.startsWith("/")) {
            return false;
        }
        String name = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
        Path resolved = name.isEmpty() ? file : folder.resolve(name).normalize();
        if (!resolved.startsWith(folder) || !Files.isRegularFile(resolved)) {
            return false;
        }
        return anchor == null || page.getElementById(anchor) != null;
    }

    @Test
    void theIndexListsEveryRecommendationByThemeAndEachPageHasItsPublishedStatusVerbatim() throws IOException {
        Map<String, String> files = repository.offlineFiles(year, Locale.ENGLISH);
        List<ItemRecord> records = register.records("A/78/19", null).orElseThrow();
        assertThat(files).containsKeys(OnlineRepository.INDEX, OnlineRepository.STYLE).hasSize(records.size() + 2);
        Document index = Jsoup.parse(files.get(OnlineRepository.INDEX));
        assertThat(index.select("main section h2").eachText()).contains("Partnerships", "Conduct of peacekeepers and peacekeeping operations");
        assertThat(index.select("tbody a").eachAttr("href")).hasSize(records.size());
        for (ItemRecord r : records) {
            Document page = Jsoup.parse(files.get(r.item().number() + ".html"));
            if (r.statusText() != null) {
                String shown = String.join("\n\n", page.select("#status-heading ~ p.quote").eachText());
                assertThat(shown).as("recommendation %d", r.item().number()).isEqualTo(normalised(r.statusText()));
            }
        }
    }

    private static String normalised(String text) {
        return String.join("\n\n", Stream.of(text.split("\\n\\n")).map(p -> p.strip().replaceAll("\\s+", " ")).toList());
    }

    @Test
    void aPageNamesItsThemeAndItsChainAcrossSessionsAndLinksOtherYearsOnlyOnline() {
        SessionItem item = repository.item(2024, 38).orElseThrow();
        Document offline = Jsoup.parse(repository.page(item, true, Locale.ENGLISH));
        Document online = Jsoup.parse(repository.page(item, false, Locale.ENGLISH));
        assertThat(offline.select("dl.facts dd").first().text()).isEqualTo("Conduct of peacekeepers and peacekeeping operations");
        assertThat(offline.select("main").text()).contains("2023 (A/77/19), recommendation 37", "For 2 sessions, since 2023");
        assertThat(offline.select("a[href*=2023]")).isEmpty();
        assertThat(online.select("a[href=../2023/37.html]").text()).isEqualTo("2023 (A/77/19), recommendation 37");
    }
}
