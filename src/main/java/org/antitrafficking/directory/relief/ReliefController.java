package org.antitrafficking.directory.relief;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ReliefController {

    private static final String LIST_VIEW = "relief/list";
    private static final String DETAIL_VIEW = "relief/detail";

    private final ReliefService relief;

    ReliefController(ReliefService relief) {
        this.relief = relief;
    }

    @GetMapping("/immigration-relief")
    String list(Model model) {
        model.addAttribute("reliefTypes", relief.all());
        return LIST_VIEW;
    }

    @GetMapping("/immigration-relief/{slug}")
    String detail(@PathVariable String slug, Model model) {
        model.addAttribute("relief", relief.page(slug));
        return DETAIL_VIEW;
    }
}
