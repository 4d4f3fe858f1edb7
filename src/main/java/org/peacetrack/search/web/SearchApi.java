package org.peacetrack.search.web;

import org.peacetrack.search.SearchResults;
import org.peacetrack.search.SearchService;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/search?q=&year=&theme=&status=&mission=&entity=&kind=&page=&size= */
@RestController
class SearchApi {

    private final SearchService search;

    SearchApi(SearchService search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    SearchResponse search(@RequestParam MultiValueMap<String, String> params) {
        return SearchResponse.of(search.search(SearchParameters.read(params)));
    }
}
