package org.antitrafficking.directory.relief;

import org.antitrafficking.directory.readmodel.ReadModel;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ReliefController {

    private static final String LIST_VIEW = "relief/list";

    private static final String DETAIL_VIEW = "relief/detail";

    private final ReadModel directory;

    ReliefController(ReadModel directory) {
        this.directory = directory;
    }

    @GetMapping("/immigration-relief")
    String list(Model model) {
        model.addAttribute("reliefTypes", directory.snapshot().reliefTypes().all());
        return LIST_VIEW;
    }

    @GetMapping("/immigration-relief/{slug}")
    String detail(@PathVariable String slug, Model model) {
        model.addAttribute("relief", directory.snapshot().reliefTypes().page(slug));
        return DETAIL_VIEW;
    }

}
