package org.peacetrack.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Locale;
import org.peacetrack.reporting.progress.ReportRefusal;
import org.peacetrack.reporting.repository.OfflineCopy;
import org.peacetrack.reporting.repository.OnlineRepository;
import org.peacetrack.reporting.repository.ReadProgress;
import org.peacetrack.reporting.repository.RepositoryYear;
import org.peacetrack.reporting.repository.SessionItem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The online repository of a year at stable addresses: /repository/2024/ (index by theme),
 * /repository/2024/38.html, /repository/2024/style.css, and the whole set as /repository/2024.zip.
 * The pages are the offline set's files, so their relative links work in both places.
 */
@Controller
class RepositoryPages {

    private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

    private final OnlineRepository repository;

    RepositoryPages(OnlineRepository repository) {
        this.repository = repository;
    }

    /** Without its slash the index's relative links would resolve one folder up. */
    @GetMapping("/repository/{year}")
    String withSlash(@PathVariable int year) {
        return "redirect:/repository/" + year + "/";
    }

    @GetMapping({"/repository/{year}/", "/repository/{year}/index.html"})
    ResponseEntity<String> index(@PathVariable int year, Locale locale) {
        return ResponseEntity.ok().contentType(HTML).body(repository.index(year(year), false, locale));
    }

    @GetMapping("/repository/{year}/{number}.html")
    ResponseEntity<String> page(@PathVariable int year, @PathVariable int number, Locale locale) {
        SessionItem item = repository.item(year, number).orElseThrow(() -> new ReportRefusal(
                ReportRefusal.Reason.NOT_FOUND, "repository.error.unknownNumber", year, String.valueOf(number)));
        return ResponseEntity.ok().contentType(HTML).body(repository.page(item, false, locale));
    }

    @GetMapping("/repository/{year}/style.css")
    ResponseEntity<String> style(@PathVariable int year) {
        return ResponseEntity.ok().contentType(new MediaType("text", "css", java.nio.charset.StandardCharsets.UTF_8))
                .body(repository.style());
    }

    @Operation(summary = "A year's online repository of recommendations as a zip of static HTML pages that work "
            + "offline (index by theme, one page per recommendation, stylesheet)")
    @GetMapping("/repository/{year}.zip")
    ResponseEntity<byte[]> zip(@PathVariable int year, Locale locale) throws java.io.IOException {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        OfflineCopy.zip(year, repository.offlineFiles(year(year), locale), body);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(OfflineCopy.folderName(year) + ".zip").build().toString())
                .body(body.toByteArray());
    }

    private RepositoryYear year(int year) {
        return repository.year(year, ReadProgress.NONE).orElseThrow(() -> new ReportRefusal(
                ReportRefusal.Reason.NOT_FOUND, "repository.error.unknownYear", year));
    }

}
