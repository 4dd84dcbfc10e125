package org.antitrafficking.directory.opendata;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page that explains how to reuse the directory's data. */
@Controller
class OpenDataController {

    private static final String OPEN_DATA_VIEW = "open-data";

    @GetMapping("/open-data")
    String openData(Model model) {
        model.addAttribute("tables", DirectoryExport.NAMES);
        return OPEN_DATA_VIEW;
    }

}
