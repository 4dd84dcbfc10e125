package org.antitrafficking.directory.editor;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The records waiting for a person to check them against their sources: never checked
 * first, then those checked longest ago. Each opens in its form, where "Confirm as
 * checked" records the check.
 */
@Controller
class CheckQueueController {

    static final String CHECKS = EditorSecurityConfiguration.HOME + "/checks";

    private final EditorHistory history;

    CheckQueueController(EditorHistory history) {
        this.history = history;
    }

    @GetMapping(CHECKS)
    String queue(Principal signedIn, Model model) {
        model.addAttribute("editor", signedIn.getName());
        model.addAttribute("records", history.queue());
        model.addAttribute("limit", EditorHistory.QUEUE);
        return "editor/checks";
    }

}
