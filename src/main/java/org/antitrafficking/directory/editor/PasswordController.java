package org.antitrafficking.directory.editor;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page that changes an editor's password: the first page after a sign-in with a
 * one-time password, and open to every editor later.
 *
 * <p>
 * A changed password is a change of privilege: the session gets a new identifier, an
 * editor who held a one-time password becomes a full editor in it, and every other
 * session of the same editor (a browser left signed in elsewhere, or someone who had the
 * old password) is ended.
 */
@Controller
class PasswordController {

    static final String PASSWORD_VIEW = "editor/password";

    private final EditorPasswords passwords;

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    PasswordController(EditorPasswords passwords, ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
        this.passwords = passwords;
        this.sessions = sessions;
    }

    @GetMapping(EditorSecurityConfiguration.PASSWORD)
    String form(Authentication editor, Model model) {
        return page(editor, null, model);
    }

    @PostMapping(EditorSecurityConfiguration.PASSWORD)
    String change(PasswordForm form, Authentication editor, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        Optional<String> problem = passwords.change(editor.getName(), request.getRemoteAddr(), form.current(),
                form.chosen(), form.confirmation());
        if (problem.isPresent()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(editor, problem.get(), model);
        }
        signInAnew(editor, request, response);
        return "redirect:" + EditorSecurityConfiguration.HOME + "?password-changed";
    }

    private String page(Authentication editor, @Nullable String problemKey, Model model) {
        model.addAttribute("editor", editor.getName());
        model.addAttribute("forced", EditorRoles.mustChangePassword(editor));
        model.addAttribute("problemKey", problemKey);
        model.addAttribute("minLength", PasswordRules.MIN_LENGTH);
        model.addAttribute("recommendedLength", PasswordRules.RECOMMENDED_LENGTH);
        model.addAttribute("maxLength", PasswordRules.MAX_LENGTH);
        model.addAttribute("lockMinutes", SignInThrottle.WINDOW.toMinutes());
        return PASSWORD_VIEW;
    }

    private void signInAnew(Authentication editor, HttpServletRequest request, HttpServletResponse response) {
        // The other sessions first: this one is kept under its old identifier until the
        // response is sent.
        HttpSession current = request.getSession(false);
        String currentId = (current != null) ? current.getId() : "";
        sessions.ifAvailable((repository) -> repository.findByPrincipalName(editor.getName())
            .keySet()
            .stream()
            .filter((id) -> !id.equals(currentId))
            .forEach(repository::deleteById));
        UsernamePasswordAuthenticationToken full = UsernamePasswordAuthenticationToken.authenticated(editor.getName(),
                null, EditorRoles.editor());
        full.setDetails(editor.getDetails());
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(full);
        holder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
    }

}
