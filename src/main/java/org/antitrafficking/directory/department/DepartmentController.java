package org.antitrafficking.directory.department;

import org.antitrafficking.directory.readmodel.ReadModel;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class DepartmentController {

    private static final String LIST_VIEW = "departments/list";

    private static final String DETAIL_VIEW = "departments/detail";

    private final ReadModel directory;

    DepartmentController(ReadModel directory) {
        this.directory = directory;
    }

    @GetMapping("/departments")
    String list(Model model) {
        model.addAttribute("groups", directory.snapshot().departmentGroups());
        return LIST_VIEW;
    }

    @GetMapping("/departments/{slug}")
    String detail(@PathVariable String slug, Model model) {
        model.addAttribute("department", directory.snapshot().departments().page(slug));
        return DETAIL_VIEW;
    }

}
