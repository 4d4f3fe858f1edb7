package org.peacetrack.search.web;

import java.util.Map;
import org.peacetrack.search.FacetName;
import org.peacetrack.search.SearchResults;
import org.peacetrack.search.SearchService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search page: a GET form that works without JavaScript; with htmx, the results region follows the
 * typing and the facet boxes (the same page is fetched and only its results are swapped in).
 */
@Controller
class SearchPage {

    /** Facets whose values are codes of the domain's enums, by the enum's name in the labels bundle. */
    private static final Map<String, String> LABELLED_FACETS = Map.of(FacetName.STATUS.name(), "Status",
            FacetName.KIND.name(), "DocumentKind", FacetName.ADDRESSEE.name(), "Addressee");

    private final SearchService search;

    SearchPage(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam MultiValueMap<String, String> params, Model model) {
        SearchResults results = search.search(SearchParameters.read(params));
        model.addAttribute("results", results);
        model.addAttribute("query", results.request().query());
        model.addAttribute("labelledFacets", LABELLED_FACETS);
        model.addAttribute("downloads", Map.of("CSV", exportLink("csv", params), "XLSX", exportLink("xlsx", params),
                "JSON", exportLink("json", params)));
        if (results.hasPrevious()) {
            model.addAttribute("previousPage", pageLink(results.page() - 1));
        }
        if (results.hasNext()) {
            model.addAttribute("nextPage", pageLink(results.page() + 1));
        }
        return "search";
    }

    private static String exportLink(String format, MultiValueMap<String, String> params) {
        return UriComponentsBuilder.fromPath("/search/export." + format).queryParams(params)
                .replaceQueryParam("page").encode().build().toUriString();
    }

    private static String pageLink(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build()
                .toUriString();
    }
}
