package org.antitrafficking.directory.home;

import org.antitrafficking.directory.department.DepartmentService;
import org.antitrafficking.directory.hotline.HotlineService;
import org.antitrafficking.directory.program.ProgramService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private static final String HOME_VIEW = "home";

    private final HotlineService hotlines;
    private final DepartmentService departments;
    private final ProgramService programs;
    private final DirectoryCountsService counts;

    HomeController(HotlineService hotlines, DepartmentService departments, ProgramService programs,
            DirectoryCountsService counts) {
        this.hotlines = hotlines;
        this.departments = departments;
        this.programs = programs;
        this.counts = counts;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("emergency", hotlines.emergency().orElse(null));
        model.addAttribute("keyLines", hotlines.featured());
        model.addAttribute("departments", departments.groupedByKind());
        model.addAttribute("functions", programs.countsByFunction());
        model.addAttribute("counts", counts.counts());
        return HOME_VIEW;
    }
}
