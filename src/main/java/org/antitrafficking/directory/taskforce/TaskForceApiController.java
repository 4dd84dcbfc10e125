package org.antitrafficking.directory.taskforce;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.antitrafficking.directory.api.ApiPage;
import org.antitrafficking.directory.api.Paging;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.readmodel.TaskForcePage;
import org.antitrafficking.directory.readmodel.TaskForceSummary;
import org.antitrafficking.directory.web.FunctionFilter;

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

    private final TaskForceService taskForces;

    TaskForceApiController(ReadModel directory, TaskForceService taskForces) {
        this.directory = directory;
        this.taskForces = taskForces;
    }

    @Operation(operationId = "listTaskForces", summary = "List task forces",
            description = "Every task force and coordination body, in name order, with its leads, functions and figures; optionally only those tagged with any of the given functions.")
    @GetMapping
    ApiPage<TaskForceSummary> list(@Parameter(
            description = "prevention, protection, prosecution or partnership; may repeat (any of them)") @RequestParam(
                    name = "function", required = false) List<String> functions,
            Paging paging) {
        return ApiPage.of(taskForces.matching(FunctionFilter.of("/task-forces", functions)), paging);
    }

    @Operation(operationId = "getTaskForce", summary = "Get a task force",
            description = "A task force with its members by role, scope, other participants, what it produces, functions, figures and sources.")
    @GetMapping("/{slug}")
    TaskForcePage get(@Parameter(description = "The slug, such as pitf") @PathVariable String slug) {
        return directory.snapshot().taskForces().page(slug);
    }

}
