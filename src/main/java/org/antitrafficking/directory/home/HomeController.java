package org.antitrafficking.directory.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private static final String HOME_VIEW = "home";

    private final DirectoryCountsService counts;

    HomeController(DirectoryCountsService counts) {
        this.counts = counts;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("counts", counts.counts());
        return HOME_VIEW;
    }
}
