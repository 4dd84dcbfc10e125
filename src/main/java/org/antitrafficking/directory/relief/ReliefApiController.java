package org.antitrafficking.directory.relief;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.antitrafficking.directory.api.ApiPage;
import org.antitrafficking.directory.api.Paging;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.readmodel.ReliefCard;
import org.antitrafficking.directory.readmodel.ReliefPage;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Immigration relief",
        description = "Forms of immigration relief for victims of trafficking and other crimes")
@RestController
@RequestMapping("/api/v1/immigration-relief")
class ReliefApiController {

    private final ReadModel directory;

    ReliefApiController(ReadModel directory) {
        this.directory = directory;
    }

    @Operation(operationId = "listImmigrationRelief", summary = "List forms of immigration relief",
            description = "T and U nonimmigrant status, Continued Presence, Special Immigrant Juvenile classification and VAWA benefits, with who handles each and what the sources say.")
    @GetMapping
    ApiPage<ReliefCard> list(Paging paging) {
        return ApiPage.of(directory.snapshot().reliefTypes().all(), paging);
    }

    @Operation(operationId = "getImmigrationRelief", summary = "Get a form of immigration relief",
            description = "A form of relief with its department, who handles it, for whom it is, who asks for it, what it gives and its sources. Points the sources say nothing about are left out.")
    @GetMapping("/{slug}")
    ReliefPage get(@Parameter(description = "The slug, such as t-nonimmigrant-status") @PathVariable String slug) {
        return directory.snapshot().reliefTypes().page(slug);
    }

}
