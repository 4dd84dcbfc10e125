package org.antitrafficking.directory.taskforce;

import java.util.List;

import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.readmodel.TaskForcePage;
import org.antitrafficking.directory.web.FunctionFilter;
import org.antitrafficking.directory.web.jsonld.StructuredData;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class TaskForceController {

    private static final String LIST_VIEW = "task-forces/list";

    private static final String DETAIL_VIEW = "task-forces/detail";

    private final ReadModel directory;

    private final StructuredData structuredData;

    private final TaskForceService taskForces;

    TaskForceController(ReadModel directory, TaskForceService taskForces, StructuredData structuredData) {
        this.structuredData = structuredData;
        this.directory = directory;
        this.taskForces = taskForces;
    }

    @GetMapping("/task-forces")
    String list(@RequestParam(name = "function", required = false) List<String> functions, Model model) {
        FunctionFilter filter = FunctionFilter.of("/task-forces", functions);
        model.addAttribute("filter", filter);
        model.addAttribute("taskForces", taskForces.matching(filter));
        return LIST_VIEW;
    }

    @GetMapping("/task-forces/{slug}")
    String detail(@PathVariable String slug, Model model) {
        DirectorySnapshot snapshot = directory.snapshot();
        TaskForcePage page = snapshot.taskForces().page(slug);
        model.addAttribute("taskForce", page);
        model.addAttribute("history", snapshot.histories().of(page.link()));
        model.addAttribute("jsonLd", structuredData.taskForce(page));
        return DETAIL_VIEW;
    }

}
