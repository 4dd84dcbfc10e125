package org.antitrafficking.directory.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The page on leaving quickly and browsing without leaving traces. */
@Controller
class SafetyController {

    private static final String SAFETY_VIEW = "safety";

    @GetMapping("/safety")
    String safety() {
        return SAFETY_VIEW;
    }

}
