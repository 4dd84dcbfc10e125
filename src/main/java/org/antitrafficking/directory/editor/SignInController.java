package org.antitrafficking.directory.editor;

import java.security.Principal;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page, and the page that signs out. Spring Security's filters take the
 * forms' POSTs; these only show the forms.
 */
@Controller
class SignInController {

    static final String SIGN_IN_VIEW = "editor/sign-in";

    static final String SIGN_OUT_VIEW = "editor/sign-out";

    /** The reasons {@link SignInHandlers.Failure} gives; any other is ignored. */
    static final Set<String> PROBLEMS = Set.of("failed", "locked", "expired");

    @GetMapping(EditorSecurityConfiguration.SIGN_IN)
    String signIn(@RequestParam(required = false) @Nullable String error,
            @RequestParam(name = "signed-out", required = false) @Nullable String signedOut, @Nullable Principal editor,
            Model model) {
        if (editor != null) {
            return "redirect:" + EditorSecurityConfiguration.HOME;
        }
        model.addAttribute("problem", (error != null && PROBLEMS.contains(error)) ? error : null);
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("lockMinutes", SignInThrottle.WINDOW.toMinutes());
        return SIGN_IN_VIEW;
    }

    @GetMapping(EditorSecurityConfiguration.SIGN_OUT)
    String signOut(Principal editor, Model model) {
        model.addAttribute("editor", editor.getName());
        return SIGN_OUT_VIEW;
    }

}
