package org.antitrafficking.directory.editor;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.antitrafficking.directory.editor.SignInThrottle.SignInLockedException;
import org.antitrafficking.directory.web.VisitorText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.RequestCache;

/** What happens after a sign-in succeeds, fails, or a request is refused. */
final class SignInHandlers {

    private static final Logger log = LoggerFactory.getLogger(SignInHandlers.class);

    private SignInHandlers() {
    }

    /**
     * A one-time password goes straight to the page that changes it; any other sign-in to
     * the page asked for before, else the editor's home.
     */
    static final class Success extends SavedRequestAwareAuthenticationSuccessHandler {

        private final RequestCache requestCache;

        Success(RequestCache requestCache) {
            this.requestCache = requestCache;
            setRequestCache(requestCache);
            setDefaultTargetUrl(EditorSecurityConfiguration.HOME);
            setAlwaysUseDefaultTargetUrl(false);
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                Authentication authentication) throws IOException, ServletException {
            log.info("Editor {} signed in", authentication.getName());
            // The page asked for is read from this request; the answer forgets it.
            this.requestCache.removeRequest(request, response);
            if (EditorRoles.mustChangePassword(authentication)) {
                getRedirectStrategy().sendRedirect(request, response, EditorSecurityConfiguration.PASSWORD);
                return;
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }

    }

    /**
     * Back to the sign-in page, saying why in as few words as let nobody learn whether an
     * account exists: a wrong name and a wrong password read alike, and so do a locked
     * name and a locked address. Only a correct one-time password that has expired says
     * so, since its holder needs to ask for a new account.
     */
    static final class Failure implements AuthenticationFailureHandler {

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) throws IOException {
            String reason = (exception instanceof SignInLockedException) ? "locked"
                    : (exception instanceof CredentialsExpiredException) ? "expired" : "failed";
            log.info("An editor sign-in was refused ({})", reason);
            response.sendRedirect(request.getContextPath() + EditorSecurityConfiguration.SIGN_IN + "?error=" + reason);
        }

    }

    /**
     * A request without a valid CSRF token, or one a signed-in editor may not make, gets
     * a 403 page in the site's layout ({@code error/403}); an editor who must still
     * change a one-time password is sent to do so.
     */
    static final class Denied implements AccessDeniedHandler {

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
                throws IOException {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            boolean csrf = exception instanceof CsrfException;
            if (!csrf && authentication != null && EditorRoles.mustChangePassword(authentication)) {
                response.sendRedirect(request.getContextPath() + EditorSecurityConfiguration.PASSWORD);
                return;
            }
            log.info("403 {} {}: {}", request.getMethod(), VisitorText.loggable(request.getRequestURI()),
                    csrf ? "no valid CSRF token" : "not allowed");
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }

    }

}
