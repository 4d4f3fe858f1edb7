package org.peacetrack.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.peacetrack.search.SearchResults;
import org.peacetrack.search.SearchService;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/search?q=&year=&theme=&status=&addressee=&mission=&entity=&kind=&page=&size= */
@RestController
class SearchApi {

    private final SearchService search;

    SearchApi(SearchService search) {
        this.search = search;
    }

    /** The parameters are read as one map (SearchParameters), so they are described one by one here. */
    @Operation(summary = "Search recommendations, published status updates and document paragraphs",
            description = "Hits of the page with HTML snippets (matched words in <mark>), facet counts by facet "
                    + "parameter, the total and the paging. Values of one facet are alternatives; facets narrow "
                    + "each other. Without q, everything is listed, newest session first, then by number. Over "
                    + "20,000 hits the total and the counts are estimates (totalEstimated, facetsEstimated).",
            parameters = {
                @Parameter(name = "q", in = ParameterIn.QUERY, description = "Words in simple query syntax: "
                        + "\"phrase\", +required, -excluded, a | b; \"A/78/19 para 38\" or \"para 38\" names a "
                        + "recommendation", example = "\"sexual exploitation and abuse\""),
                @Parameter(name = "year", in = ParameterIn.QUERY, description = "Session year, repeatable",
                        array = @ArraySchema(schema = @Schema(type = "integer", example = "2024"))),
                @Parameter(name = "theme", in = ParameterIn.QUERY, description = "Theme of an item and its statuses,"
                        + " repeatable", array = @ArraySchema(schema = @Schema(type = "string", example = "Politics"))),
                @Parameter(name = "status", in = ParameterIn.QUERY, description = "Status code, repeatable",
                        array = @ArraySchema(schema = @Schema(type = "string", example = "ONGOING"))),
                @Parameter(name = "addressee", in = ParameterIn.QUERY, description = "Whom a recommendation "
                        + "addresses, repeatable", array = @ArraySchema(schema = @Schema(type = "string",
                        allowableValues = {"SECRETARIAT", "MEMBER_STATES", "BOTH"}))),
                @Parameter(name = "mission", in = ParameterIn.QUERY, description = "Mission named in the text, "
                        + "repeatable", array = @ArraySchema(schema = @Schema(type = "string", example = "MONUSCO"))),
                @Parameter(name = "entity", in = ParameterIn.QUERY, description = "Secretariat entity named in the "
                        + "text, repeatable", array = @ArraySchema(schema = @Schema(type = "string", example = "DPO"))),
                @Parameter(name = "kind", in = ParameterIn.QUERY, description = "Kind of a paragraph's document, "
                        + "repeatable", array = @ArraySchema(schema = @Schema(type = "string", example = "SG_REPORT"))),
                @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page from 1; hits beyond the "
                        + "10,000th are not paged to", schema = @Schema(type = "integer", defaultValue = "1")),
                @Parameter(name = "size", in = ParameterIn.QUERY, description = "Hits per page, up to 100",
                        schema = @Schema(type = "integer", defaultValue = "20", maximum = "100"))})
    @GetMapping("/api/search")
    SearchResponse search(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        return SearchResponse.of(search.search(SearchParameters.read(params)));
    }
}
