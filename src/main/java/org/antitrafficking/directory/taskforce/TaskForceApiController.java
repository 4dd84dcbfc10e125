package org.antitrafficking.directory.taskforce;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.antitrafficking.directory.api.ApiPage;
import org.antitrafficking.directory.api.Paging;
import org.antitrafficking.directory.api.QueryParameters;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.readmodel.TaskForceSummary;
import org.antitrafficking.directory.readmodel.TaskForcePage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Task forces", description = "Task forces, networks of task forces and interagency coordination bodies")
@RestController
@RequestMapping("/api/v1/task-forces")
class TaskForceApiController {

    private final ReadModel directory;

    TaskForceApiController(ReadModel directory) {
        this.directory = directory;
    }

    @Operation(summary = "List task forces", description = "Every task force and coordination body, in name order, with its leads and figures.")
    @GetMapping
    @QueryParameters({ "page", "size" })
    ApiPage<TaskForceSummary> list(
            @Parameter(description = "Page number, from 1") @RequestParam(required = false) String page,
            @Parameter(description = "Records per page, at most 100") @RequestParam(required = false) String size) {
        return ApiPage.of(directory.snapshot().taskForces().all(), Paging.of(page, size));
    }

    @Operation(summary = "Get a task force", description = "A task force with its members by role, scope, other participants, what it produces, functions, figures and sources.")
    @GetMapping("/{slug}")
    TaskForcePage get(@Parameter(description = "The slug, such as pitf") @PathVariable String slug) {
        return directory.snapshot().taskForces().page(slug);
    }
}
