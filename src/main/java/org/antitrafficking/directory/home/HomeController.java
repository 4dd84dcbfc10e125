package org.antitrafficking.directory.home;

import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.web.jsonld.StructuredData;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private static final String HOME_VIEW = "home";

    private final ReadModel directory;

    private final StructuredData structuredData;

    HomeController(ReadModel directory, StructuredData structuredData) {
        this.structuredData = structuredData;
        this.directory = directory;
    }

    @GetMapping("/")
    String home(Model model) {
        DirectorySnapshot snapshot = directory.snapshot();
        model.addAttribute("emergency", snapshot.emergencyHotline().orElse(null));
        model.addAttribute("helpLine", snapshot.helpLine().orElse(null));
        model.addAttribute("keyLines", snapshot.featuredHotlines());
        model.addAttribute("departments", snapshot.departmentGroups());
        model.addAttribute("functions", snapshot.functions());
        model.addAttribute("counts", snapshot.counts());
        model.addAttribute("jsonLd", structuredData.website());
        return HOME_VIEW;
    }

}
