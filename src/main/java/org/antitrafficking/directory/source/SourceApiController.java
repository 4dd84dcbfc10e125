package org.antitrafficking.directory.source;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.antitrafficking.directory.api.ApiPage;
import org.antitrafficking.directory.api.Paging;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.readmodel.SourcePage;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Sources", description = "The public documents the facts come from")
@RestController
@RequestMapping("/api/v1/sources")
class SourceApiController {

    private final ReadModel directory;

    SourceApiController(ReadModel directory) {
        this.directory = directory;
    }

    @Operation(operationId = "listSources", summary = "List sources",
            description = "Every source with its publisher, date and the records it supports.")
    @GetMapping
    ApiPage<SourcePage> list(Paging paging) {
        return ApiPage.of(directory.snapshot().sources().all(), paging);
    }

    @Operation(operationId = "getSource", summary = "Get a source",
            description = "A source with its publisher, date and every record that cites it, grouped by kind.")
    @GetMapping("/{slug}")
    SourcePage get(@Parameter(description = "The slug, such as dhs-in-action") @PathVariable String slug) {
        return directory.snapshot().sources().page(slug);
    }

}
