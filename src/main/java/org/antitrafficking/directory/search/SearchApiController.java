package org.antitrafficking.directory.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Search", description = "Full-text search over every kind of record")
@RestController
class SearchApiController {

    private final SearchService search;

    SearchApiController(SearchService search) {
        this.search = search;
    }

    @Operation(operationId = "search", summary = "Search every kind of record",
            description = "Records matching every word (prefixes match, acronyms work), grouped by kind, best group first, with the matched words marked. When nothing matches, a misspelt word is replaced by the closest word the directory uses and correctedQuery says so.")
    @GetMapping("/api/v1/search")
    SearchResults search(@Parameter(description = "The words to look for, at most 200 characters") @RequestParam(
            name = "q", required = false) String query) {
        return search.search(query);
    }

}
