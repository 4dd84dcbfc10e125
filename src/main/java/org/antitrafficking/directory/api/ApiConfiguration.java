package org.antitrafficking.directory.api;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The read-only JSON API under {@code /api/v1}: its parameter check and its OpenAPI description. */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration implements WebMvcConfigurer {

    static final String API_PATH = "/api/**";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new QueryParameterInterceptor()).addPathPatterns(API_PATH);
    }

    /** Spring's ProblemDetail comes without a description of its own. */
    @Bean
    OpenApiCustomizer problemDetailDescription() {
        return api -> {
            if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
                Schema<?> problem = api.getComponents().getSchemas().get("ProblemDetail");
                if (problem != null) {
                    problem.setDescription("An error as an RFC 9457 problem detail: the HTTP status, a title, a detail "
                            + "that says what was wrong, and the address it concerns (instance).");
                }
            }
        };
    }

    /**
     * With a configured site address, the document names it as the API's server, rather than the host
     * a request happened to name.
     */
    @Bean
    OpenAPI directoryOpenApi(@Value("${directory.base-url:}") String baseUrl) {
        OpenAPI api = new OpenAPI();
        if (StringUtils.hasText(baseUrl)) {
            api.servers(List.of(new Server().url(StringUtils.trimTrailingCharacter(baseUrl.strip(), '/'))));
        }
        return api.info(new Info()
            .title("Federal Anti-Trafficking Directory API")
            .version("v1")
            .description("Read-only open data: the U.S. federal departments, agencies, programs, task forces, "
                    + "hotlines and forms of immigration relief against human trafficking that the directory lists, "
                    + "each with the public sources it rests on. Collections are paged with `page` (from 1) and "
                    + "`size` (at most 100); unknown query parameters are refused. Errors are RFC 9457 problem "
                    + "details. The same data is available as CSV and Open Referral files under /export/. Every "
                    + "record names the public documents its facts come from; please cite them when you reuse "
                    + "the data."));
    }
}
