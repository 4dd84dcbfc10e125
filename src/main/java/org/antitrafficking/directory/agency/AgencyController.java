package org.antitrafficking.directory.agency;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class AgencyController {

    private static final String LIST_VIEW = "agencies/list";
    private static final String DETAIL_VIEW = "agencies/detail";

    private final AgencyService agencies;

    AgencyController(AgencyService agencies) {
        this.agencies = agencies;
    }

    @GetMapping("/agencies")
    String list(Model model) {
        model.addAttribute("directory", agencies.directory());
        return LIST_VIEW;
    }

    @GetMapping("/agencies/{slug}")
    String detail(@PathVariable String slug, Model model) {
        model.addAttribute("agency", agencies.page(slug));
        return DETAIL_VIEW;
    }
}
