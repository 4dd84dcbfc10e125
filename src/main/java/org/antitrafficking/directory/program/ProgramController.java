package org.antitrafficking.directory.program;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ProgramController {

    private static final String LIST_VIEW = "programs/list";
    private static final String DETAIL_VIEW = "programs/detail";

    private final ProgramService programs;

    ProgramController(ProgramService programs) {
        this.programs = programs;
    }

    @GetMapping("/programs")
    String list(@RequestParam(name = "function", required = false) List<String> functions,
            @RequestParam(required = false) String department, @RequestParam(required = false) String kind,
            @RequestParam(name = "q", required = false) String query, @RequestParam(required = false) String page,
            Model model) {
        ProgramFilters filters = programs.filters(functions, department, kind, query, page);
        model.addAttribute("result", programs.list(filters));
        return LIST_VIEW;
    }

    @GetMapping("/programs/{slug}")
    String detail(@PathVariable String slug, Model model) {
        model.addAttribute("program", programs.page(slug));
        return DETAIL_VIEW;
    }
}
