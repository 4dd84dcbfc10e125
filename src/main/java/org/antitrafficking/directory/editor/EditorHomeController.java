package org.antitrafficking.directory.editor;

import java.security.Principal;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The editors' home: who is signed in, and what they can do here. */
@Controller
class EditorHomeController {

    static final String HOME_VIEW = "editor/home";

    private final long idleMinutes;

    private final SuggestionQueue suggestions;

    private final Translating translating;

    EditorHomeController(Environment environment, SuggestionQueue suggestions, Translating translating) {
        this.translating = translating;
        this.suggestions = suggestions;
        this.idleMinutes = environment
            .getProperty("server.servlet.session.timeout", Duration.class, Duration.ofMinutes(30))
            .toMinutes();
    }

    @GetMapping(EditorSecurityConfiguration.HOME)
    String home(@RequestParam(name = "password-changed", required = false) @Nullable String passwordChanged,
            Principal editor, Model model) {
        model.addAttribute("editor", editor.getName());
        model.addAttribute("passwordChanged", passwordChanged != null);
        model.addAttribute("idleMinutes", idleMinutes);
        model.addAttribute("openSuggestions", suggestions.openCount());
        model.addAttribute("waitingTranslations", translating.waiting());
        return HOME_VIEW;
    }

}
