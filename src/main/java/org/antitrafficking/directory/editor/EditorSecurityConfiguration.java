package org.antitrafficking.directory.editor;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Spring Security for {@code /editor} and nothing else: the public site has no session,
 * no cookie and no sign-in, and its requests never pass through Spring Security at all
 * ({@link EditorWebConfiguration} maps the filter to {@code /editor/*} only).
 *
 * <p>
 * Editors sign in with a form; a session is made for them, in PostgreSQL, under a new
 * identifier at sign-in, and ended by signing out (a POST with its CSRF token) or after
 * {@code server.servlet.session.timeout} idle. Every form carries a CSRF token kept in
 * the session; before sign-in, where there is no session, a signed one
 * ({@link SignInTokens}), so that no visit stores anything. Anonymous visitors are sent
 * to the sign-in page from every editor address; an editor whose password is a one-time
 * one can reach only the page to change it and signing out.
 *
 * <p>
 * The site's own {@code SecurityHeadersFilter} sends the security headers on every
 * response, these included, so Spring Security's are turned off rather than sent twice
 * (its HSTS, for one, would differ); it adds only that no editor response is ever kept by
 * a browser or a cache.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableScheduling
class EditorSecurityConfiguration {

    static final String HOME = "/editor";

    static final String SIGN_IN = "/editor/sign-in";

    static final String SIGN_OUT = "/editor/sign-out";

    static final String PASSWORD = "/editor/password";

    static final String NO_STORE = "no-store, private";

    @Bean
    SecurityFilterChain editorFilterChain(HttpSecurity http, SignInThrottle keys) {
        // The page asked for is remembered in a cookie of /editor and restored after
        // sign-in; no session is made before it.
        ContinueCookie requestCache = new ContinueCookie();
        http.securityMatcher(HOME + "/**")
            .authorizeHttpRequests((authorize) -> authorize.requestMatchers(SIGN_IN)
                .permitAll()
                .requestMatchers(PASSWORD, SIGN_OUT)
                .authenticated()
                .anyRequest()
                .hasAuthority(EditorRoles.EDITOR))
            .formLogin((form) -> form.loginPage(SIGN_IN)
                .successHandler(new SignInHandlers.Success(requestCache))
                .failureHandler(new SignInHandlers.Failure()))
            .logout((logout) -> logout.logoutUrl(SIGN_OUT).logoutSuccessUrl(SIGN_IN + "?signed-out"))
            .csrf((csrf) -> csrf.csrfTokenRepository(new SignInTokens(keys::hash, Clock.systemUTC())))
            .requestCache((cache) -> cache.requestCache(requestCache))
            .sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
            .exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(new SignInHandlers.Denied()))
            .headers((headers) -> headers.defaultsDisabled()
                .addHeaderWriter(new StaticHeadersWriter(HttpHeaders.CACHE_CONTROL, NO_STORE)));
        return http.build();
    }

}
