package org.antitrafficking.directory.source;

import org.antitrafficking.directory.readmodel.ReadModel;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class SourceController {

    private static final String LIST_VIEW = "sources/list";

    private static final String DETAIL_VIEW = "sources/detail";

    private final ReadModel directory;

    SourceController(ReadModel directory) {
        this.directory = directory;
    }

    @GetMapping("/sources")
    String list(Model model) {
        model.addAttribute("sources", directory.snapshot().sources().all());
        return LIST_VIEW;
    }

    @GetMapping("/sources/{slug}")
    String detail(@PathVariable String slug, Model model) {
        model.addAttribute("source", directory.snapshot().sources().page(slug));
        return DETAIL_VIEW;
    }

}
