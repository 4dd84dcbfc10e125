package org.antitrafficking.directory.program;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.antitrafficking.directory.api.ApiPage;
import org.antitrafficking.directory.api.Paging;
import org.antitrafficking.directory.readmodel.ProgramPage;
import org.antitrafficking.directory.readmodel.ProgramSummary;
import org.antitrafficking.directory.readmodel.ReadModel;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Programs", description = "Campaigns, trainings, grants, investigative initiatives, reports and strategies")
@RestController
@RequestMapping("/api/v1/programs")
class ProgramApiController {

    private final ProgramService programs;

    private final ReadModel directory;

    ProgramApiController(ProgramService programs, ReadModel directory) {
        this.programs = programs;
        this.directory = directory;
    }

    @Operation(operationId = "listPrograms", summary = "List and filter programs",
            description = "Programs in name order, filtered as on the programs page: by any of the given functions, by department, by kind and by words.")
    @GetMapping
    ApiPage<ProgramSummary> list(@Parameter(
            description = "prevention, protection, prosecution or partnership; may repeat (any of them)") @RequestParam(
                    name = "function", required = false) List<String> functions,
            @Parameter(description = "A department's slug, such as dhs") @RequestParam(
                    required = false) String department,
            @Parameter(description = "A kind of program, such as training or grant-program") @RequestParam(
                    required = false) String kind,
            @Parameter(description = "Words the program must contain; prefixes match") @RequestParam(name = "q",
                    required = false) String query,
            Paging paging) {
        ProgramListPage result = programs.list(ProgramFilters.of(functions, department, kind, query, paging.page()),
                paging.size());
        return ApiPage.of(result.programs(), paging, result.total(), result.totalPages());
    }

    @Operation(operationId = "getProgram", summary = "Get a program",
            description = "A program with its department, the components that run it, its parts, functions, figures and sources.")
    @GetMapping("/{slug}")
    ProgramPage get(@Parameter(description = "The program's slug, such as blue-campaign") @PathVariable String slug) {
        return directory.snapshot().programs().page(slug);
    }

}
