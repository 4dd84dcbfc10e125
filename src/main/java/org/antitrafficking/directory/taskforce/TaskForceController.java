package org.antitrafficking.directory.taskforce;

import org.antitrafficking.directory.readmodel.ReadModel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class TaskForceController {

    private static final String LIST_VIEW = "task-forces/list";
    private static final String DETAIL_VIEW = "task-forces/detail";

    private final ReadModel directory;

    TaskForceController(ReadModel directory) {
        this.directory = directory;
    }

    @GetMapping("/task-forces")
    String list(Model model) {
        model.addAttribute("taskForces", directory.snapshot().taskForces().all());
        return LIST_VIEW;
    }

    @GetMapping("/task-forces/{slug}")
    String detail(@PathVariable String slug, Model model) {
        model.addAttribute("taskForce", directory.snapshot().taskForces().page(slug));
        return DETAIL_VIEW;
    }
}
