package org.antitrafficking.directory.function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.antitrafficking.directory.api.ApiPage;
import org.antitrafficking.directory.api.Paging;
import org.antitrafficking.directory.readmodel.FunctionPage;
import org.antitrafficking.directory.readmodel.ReadModel;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Functions", description = "Prevention, protection, prosecution and partnership, and who does each")
@RestController
@RequestMapping("/api/v1/functions")
class FunctionApiController {

    private final ReadModel directory;

    FunctionApiController(ReadModel directory) {
        this.directory = directory;
    }

    @Operation(operationId = "listFunctions", summary = "List functions",
            description = "The four functions, in order, with how many agencies, task forces and programs are tagged with each.")
    @GetMapping
    ApiPage<FunctionSummary> list(Paging paging) {
        return ApiPage.of(directory.snapshot().functions().stream().map(FunctionSummary::of).toList(), paging);
    }

    @Operation(operationId = "getFunction", summary = "Get a function",
            description = "Every agency, task force and program tagged with the function, each in name order.")
    @GetMapping("/{slug}")
    FunctionPage get(
            @Parameter(description = "prevention, protection, prosecution or partnership") @PathVariable String slug) {
        return directory.snapshot().function(slug);
    }

}
