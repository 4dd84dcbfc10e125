package org.antitrafficking.directory.department;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.antitrafficking.directory.api.ApiPage;
import org.antitrafficking.directory.api.Paging;
import org.antitrafficking.directory.readmodel.DepartmentPage;
import org.antitrafficking.directory.readmodel.DepartmentSummary;
import org.antitrafficking.directory.readmodel.ReadModel;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Departments", description = "Executive departments and the other federal bodies at that level")
@RestController
@RequestMapping("/api/v1/departments")
class DepartmentApiController {

    private final ReadModel directory;

    DepartmentApiController(ReadModel directory) {
        this.directory = directory;
    }

    @Operation(operationId = "listDepartments", summary = "List departments",
            description = "Every department and federal body, in name order.")
    @GetMapping
    ApiPage<DepartmentSummary> list(Paging paging) {
        return ApiPage.of(directory.snapshot().departments().all(), paging);
    }

    @Operation(operationId = "getDepartment", summary = "Get a department",
            description = "A department with its components as a tree, its programs, task forces, hotlines, forms of relief, figures and sources.")
    @GetMapping("/{slug}")
    DepartmentPage get(@Parameter(description = "The department's slug, such as dhs") @PathVariable String slug) {
        return directory.snapshot().departments().page(slug);
    }

}
