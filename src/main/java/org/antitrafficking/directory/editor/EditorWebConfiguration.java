package org.antitrafficking.directory.editor;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.eclipse.jetty.compression.server.CompressionConfig;
import org.eclipse.jetty.compression.server.CompressionHandler;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jetty.JettyServerCustomizer;
import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.SessionIdGenerator;

/**
 * Keeps Spring Security and Spring Session to {@code /editor}, and editor pages
 * uncompressed.
 *
 * <p>
 * Spring Boot maps both filters to every address; here they are mapped to
 * {@code /editor/*} only, so a public request never passes through them: it cannot be
 * given a session or a cookie, Spring Security's firewall does not judge its address, and
 * it costs nothing. The servlet container decides what {@code /editor/*} covers, on the
 * same decoded path it hands the dispatcher; EditorPathsTest sends the tricks
 * ({@code /%65ditor}, {@code /editor;x}, {@code //editor}...) over HTTP.
 *
 * <p>
 * Editor pages hold a CSRF token and echo what an editor typed: compressed, they would
 * let an eavesdropper who can make the browser send requests guess the token from the
 * sizes (BREACH). So Jetty compresses nothing under {@code /editor}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class EditorWebConfiguration {

    static final String EDITOR_PATHS = "/editor/*";

    /** Spring Boot's names for the registrations of the two filters. */
    static final Set<String> EDITOR_ONLY_FILTERS = Set.of("securityFilterChainRegistration",
            "sessionRepositoryFilterRegistration");

    @Bean
    static BeanPostProcessor editorOnlyFilters() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof DelegatingFilterProxyRegistrationBean registration
                        && EDITOR_ONLY_FILTERS.contains(name)) {
                    registration.setUrlPatterns(List.of(EDITOR_PATHS));
                }
                return bean;
            }
        };
    }

    /** A 503, not a 500, for an editor's page while the database is away. */
    @Bean
    FilterRegistrationBean<EditorDatabaseOutage> editorDatabaseOutage() {
        FilterRegistrationBean<EditorDatabaseOutage> registration = new FilterRegistrationBean<>(
                new EditorDatabaseOutage());
        registration.setUrlPatterns(List.of(EDITOR_PATHS));
        registration.setOrder(EditorDatabaseOutage.ORDER);
        return registration;
    }

    @Bean
    WebServerFactoryCustomizer<JettyServletWebServerFactory> editorPagesUncompressed() {
        return (factory) -> factory.addServerCustomizers((JettyServerCustomizer) (server) -> {
            CompressionHandler compression = server.getDescendant(CompressionHandler.class);
            if (compression != null) {
                compression.putConfiguration(EDITOR_PATHS,
                        CompressionConfig.builder().compressExcludePath("/*").build());
            }
        });
    }

    /**
     * Session identifiers of 256 random bits (ASVS asks for at least 128; Spring
     * Session's UUIDs have 122), URL-safe Base64.
     */
    @Bean
    SessionIdGenerator editorSessionIds() {
        SecureRandom random = new SecureRandom();
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return () -> {
            byte[] id = new byte[32];
            random.nextBytes(id);
            return base64.encodeToString(id);
        };
    }

}
