package org.antitrafficking.directory.function;

import org.antitrafficking.directory.readmodel.ReadModel;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The four functions, and for each every office, task force and program that does it. */
@Controller
class FunctionController {

    private static final String LIST_VIEW = "functions/list";

    private static final String DETAIL_VIEW = "functions/detail";

    private final ReadModel directory;

    FunctionController(ReadModel directory) {
        this.directory = directory;
    }

    @GetMapping("/functions")
    String list(Model model) {
        model.addAttribute("functions", directory.snapshot().functions());
        return LIST_VIEW;
    }

    @GetMapping("/functions/{slug}")
    String detail(@PathVariable String slug, Model model) {
        model.addAttribute("page", directory.snapshot().function(slug));
        return DETAIL_VIEW;
    }

}
