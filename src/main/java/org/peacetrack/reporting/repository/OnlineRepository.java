package org.peacetrack.reporting.repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.peacetrack.register.C34Sessions;
import org.springframework.stereotype.Service;

/**
 * The online repository of a year's recommendations as a set of static pages: index.html (by theme), one
 * N.html per recommendation and style.css, linked relatively so that the same files work at
 * /repository/YYYY/ and as a folder opened from disk. Pages for the web may link other years' pages; the
 * offline set links only files it contains.
 */
@Service
public class OnlineRepository {

    public static final String INDEX = "index.html";
    public static final String STYLE = "style.css";

    private final SessionItems items;
    private final ReportPages pages;

    OnlineRepository(SessionItems items, ReportPages pages) {
        this.items = items;
        this.pages = pages;
    }

    /** The year's repository; empty if no Special Committee session of that year is recorded. */
    public Optional<RepositoryYear> year(int year, ReadProgress progress) {
        String session = C34Sessions.symbolOf(year);
        return items.of(session, r -> true, progress).map(read -> {
            Map<String, List<SessionItem>> byTheme = new LinkedHashMap<>();
            read.forEach(i -> byTheme.computeIfAbsent(String.valueOf(i.item().theme()), t -> new ArrayList<>()).add(i));
            return new RepositoryYear(year, session, byTheme.values().stream()
                    .map(list -> new RepositoryYear.ThemeGroup(list.get(0).item().theme(), List.copyOf(list))).toList());
        });
    }

    public String index(RepositoryYear year, boolean offline, Locale locale) {
        return pages.html("repository-index", Map.of("repository", year, "offline", offline), locale);
    }

    public String page(RepositoryYear year, SessionItem item, boolean offline, Locale locale) {
        return pages.html("repository-item", Map.of("repository", year, "entry", item, "offline", offline), locale);
    }

    /** One recommendation of the year, read alone (a page does not read the whole year); empty if none. */
    public Optional<SessionItem> item(int year, int number) {
        return items.of(C34Sessions.symbolOf(year), r -> r.item().number() == number, ReadProgress.NONE)
                .flatMap(found -> found.stream().findFirst());
    }

    /** A recommendation's page: the year's pages share its heading, so the year's items are not needed. */
    public String page(SessionItem item, boolean offline, Locale locale) {
        return page(new RepositoryYear(item.item().sessionYear(), item.item().frameworkCode(), List.of()), item,
                offline, locale);
    }

    public String style() {
        return pages.style();
    }

    /** Every file of the offline set, by name, in the order a folder lists them: index, pages, stylesheet. */
    public Map<String, String> offlineFiles(RepositoryYear year, Locale locale) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(INDEX, index(year, true, locale));
        year.items().forEach(i -> files.put(i.number() + ".html", page(year, i, true, locale)));
        files.put(STYLE, pages.style());
        return files;
    }
}
