package org.peacetrack.search.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.peacetrack.exports.ExportFormat;
import org.peacetrack.exports.Exports;
import org.peacetrack.exports.Table;
import org.peacetrack.search.SearchHit;
import org.peacetrack.search.SearchRequest;
import org.peacetrack.search.SearchResults;
import org.peacetrack.search.SearchService;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * A search's results (its first thousand) as CSV, XLSX or JSON, with the same columns in each: a status's
 * year and status code, the record's address in full (a file has no base URL), the excerpt as text.
 */
@Controller
class SearchExport {

    static final List<String> COLUMNS = List.of("type", "title", "year", "status", "link", "excerpt");
    private static final int LARGEST_EXPORT = 1000;

    private final SearchService search;

    SearchExport(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search/export.{format}")
    ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam MultiValueMap<String, String> params) {
        ExportFormat asked = ExportFormat.of(format);
        SearchRequest request = SearchParameters.read(params);
        String baseUrl = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        List<List<Object>> rows = new ArrayList<>();
        for (int page = 1; rows.size() < LARGEST_EXPORT; page++) {
            SearchResults results = search.search(new SearchRequest(request.query(), request.filters(), page,
                    SearchRequest.MAX_SIZE));
            results.hits().forEach(hit -> rows.add(row(hit, baseUrl)));
            if (!results.hasNext()) {
                break;
            }
        }
        return Exports.download(new Table("peacetrack-search", COLUMNS, rows), asked);
    }

    private static List<Object> row(SearchHit hit, String baseUrl) {
        String excerpt = HtmlUtils.htmlUnescape(hit.snippet().replaceAll("</?mark>", ""));
        return Arrays.asList(hit.type().name(), hit.title(), hit.about().year(), hit.about().status(),
                baseUrl + hit.link(), excerpt);
    }
}
