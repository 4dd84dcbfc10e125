package org.antitrafficking.directory.agency;

import org.antitrafficking.directory.readmodel.ReadModel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class AgencyController {

    private static final String LIST_VIEW = "agencies/list";
    private static final String DETAIL_VIEW = "agencies/detail";

    private final ReadModel directory;

    AgencyController(ReadModel directory) {
        this.directory = directory;
    }

    @GetMapping("/agencies")
    String list(Model model) {
        model.addAttribute("directory", directory.snapshot().agencyTrees());
        return LIST_VIEW;
    }

    @GetMapping("/agencies/{slug}")
    String detail(@PathVariable String slug, Model model) {
        model.addAttribute("agency", directory.snapshot().agencies().page(slug));
        return DETAIL_VIEW;
    }
}
