package org.antitrafficking.directory.agency;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.antitrafficking.directory.api.ApiPage;
import org.antitrafficking.directory.api.Paging;
import org.antitrafficking.directory.readmodel.AgencyPage;
import org.antitrafficking.directory.readmodel.AgencySummary;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.web.FunctionFilter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Agencies", description = "Agencies, offices, units and centres within the departments")
@RestController
@RequestMapping("/api/v1/agencies")
class AgencyApiController {

    private final ReadModel directory;

    private final AgencyService agencies;

    AgencyApiController(ReadModel directory, AgencyService agencies) {
        this.directory = directory;
        this.agencies = agencies;
    }

    @Operation(operationId = "listAgencies", summary = "List agencies",
            description = "Every agency, office, unit and centre, in name order; optionally only those tagged with any of the given functions.")
    @GetMapping
    ApiPage<AgencySummary> list(@Parameter(
            description = "prevention, protection, prosecution or partnership; may repeat (any of them)") @RequestParam(
                    name = "function", required = false) List<String> functions,
            Paging paging) {
        return ApiPage.of(agencies.matching(FunctionFilter.of("/agencies", functions)), paging);
    }

    @Operation(operationId = "getAgency", summary = "Get an agency",
            description = "A component with its place in its department, its units, programs, task forces, hotlines, forms of relief, functions, figures and sources.")
    @GetMapping("/{slug}")
    AgencyPage get(@Parameter(description = "The agency's slug, such as hsi") @PathVariable String slug) {
        return directory.snapshot().agencies().page(slug);
    }

}
