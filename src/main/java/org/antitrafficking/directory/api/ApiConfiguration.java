package org.antitrafficking.directory.api;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.servers.Server;
import org.antitrafficking.directory.web.SiteAddress;
import org.antitrafficking.directory.web.SiteContact;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.filters.OpenApiMethodFilter;
import org.springdoc.core.models.GroupedOpenApi;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The read-only JSON APIs, the directory's own under {@code /api/v1} and the Open
 * Referral one under {@code /hsds}: the OpenAPI description of the first, both as the
 * document without a group and as a group beside the Open Referral one. Their parameters
 * are checked by the web layer's {@code QueryParameterInterceptor}, as the pages' are.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    static {
        // Paging is resolved from two query parameters, described by pagingParameters().
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Paging.class);
    }

    static final String API_PATH = "/api/**";

    static final String HSDS_PATH = "/hsds/**";

    private static final String NAME = "Federal Anti-Trafficking Directory";

    /** The two query parameters of every operation that takes a {@link Paging}. */
    @Bean
    GlobalOperationCustomizer pagingParameters() {
        return (operation, handler) -> {
            if (Arrays.stream(handler.getMethodParameters())
                .anyMatch(parameter -> parameter.getParameterType() == Paging.class)) {
                operation.addParametersItem(query(Paging.PAGE, "Page number, from 1"));
                operation.addParametersItem(query(Paging.SIZE, "Records per page, at most " + Paging.MAX_SIZE));
            }
            return operation;
        };
    }

    private static Parameter query(String name, String description) {
        return new QueryParameter().name(name).description(description).required(false).schema(new StringSchema());
    }

    /**
     * The directory's own API as a group, at /v3/api-docs/v1, beside the Open Referral
     * one.
     */
    @Bean
    GroupedOpenApi directoryApiGroup() {
        return GroupedOpenApi.builder().group("v1").displayName("Directory API (v1)").pathsToMatch(API_PATH).build();
    }

    /**
     * Keeps /v3/api-docs, the document without a group, to /api as it was before the
     * groups. A springdoc.paths-to-match property would do it too, but springdoc lets
     * that property override every group's own paths.
     */
    @Bean
    OpenApiMethodFilter directoryApiOnly() {
        return method -> paths(method).anyMatch(path -> path.startsWith("/api/"));
    }

    private static Stream<String> paths(Method method) {
        RequestMapping onClass = AnnotatedElementUtils.findMergedAnnotation(method.getDeclaringClass(),
                RequestMapping.class);
        RequestMapping onMethod = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
        List<String> prefixes = (onClass == null || onClass.path().length == 0) ? List.of("") : List.of(onClass.path());
        List<String> suffixes = (onMethod == null || onMethod.path().length == 0) ? List.of("")
                : List.of(onMethod.path());
        return prefixes.stream().flatMap(prefix -> suffixes.stream().map(suffix -> prefix + suffix));
    }

    /**
     * Spring's ProblemDetail comes without a description of its own, and its type and
     * instance are URI references (RFC 9457): the instance is the path of the request,
     * such as /api/v1/programs. Every document gets this one.
     */
    @Bean
    GlobalOpenApiCustomizer problemDetailDescription() {
        return api -> {
            if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
                Schema<?> problem = api.getComponents().getSchemas().get("ProblemDetail");
                if (problem != null) {
                    problem.setDescription("An error as an RFC 9457 problem detail: the HTTP status, a title, a detail "
                            + "that says what was wrong, and the address it concerns (instance).");
                    problem.getProperties().get("type").setFormat("uri-reference");
                    problem.getProperties().get("instance").setFormat("uri-reference");
                }
            }
        };
    }

    @Bean
    OpenApiCustomizer responseExamples(ApiExamples examples) {
        return examples::addTo;
    }

    /**
     * With a configured site address, the document names it as the API's server, rather
     * than the host a request happened to name, and as the contact's page. The API is
     * public: no operation asks for credentials, which the empty security requirement
     * says outright.
     */
    @Bean
    OpenAPI directoryOpenApi(SiteAddress site, SiteContact contact) {
        OpenAPI api = new OpenAPI();
        site.configured().ifPresent(base -> api.servers(List.of(new Server().url(base).description("The directory"))));
        Contact who = new Contact().name(NAME);
        site.configured().ifPresent(base -> who.url(base + "/open-data"));
        contact.configuredDataEmail().ifPresent(who::email);
        return api.security(List.of())
            .info(new Info().title(NAME + " API")
                .version("v1")
                // The data's licence (LICENSE-DATA) by its SPDX identifier: OpenAPI 3.1
                // takes that or a URL.
                .license(new License().name("CC0 1.0 Universal").identifier("CC0-1.0"))
                .contact(who)
                .description("Read-only open data: the U.S. federal departments, agencies, programs, task forces, "
                        + "hotlines and forms of immigration relief against human trafficking that the directory lists, "
                        + "each with the public sources it rests on. Collections are paged with `page` (from 1) and "
                        + "`size` (at most 100); unknown query parameters are refused. Errors are RFC 9457 problem "
                        + "details. No key or account is needed. The same data is available as CSV and Open Referral "
                        + "files under /export/, catalogued in /data.json. The data is dedicated to the public domain "
                        + "under CC0 1.0 Universal; every record names the public documents its facts come from, so "
                        + "please cite them when you reuse the data."));
    }

}
