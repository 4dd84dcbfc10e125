package org.antitrafficking.directory.web;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.antitrafficking.directory.readmodel.InvalidRequestException;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets a request through only with the query parameters its handler declares, named by
 * the handler's own {@code @RequestParam}s. The API refuses any other with a 400 that
 * names it, so that a misspelt filter ({@code ?fuction=}) does not silently return
 * everything. A page, an export or a site file answers {@code 301} with the same address
 * without them: a shared link keeps working without its {@code utm_} tags, and
 * {@code ?x=1}, {@code ?x=2}... reach neither a controller nor a cache, so they cannot
 * make the server build an export again for each, nor fill a cache with copies.
 */
class QueryParameterInterceptor implements HandlerInterceptor {

    /**
     * The application's own handlers; a library's (the OpenAPI document, the health
     * check) keep their rules.
     */
    private static final String OWN_PACKAGE = "org.antitrafficking.directory";

    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getPackageName().startsWith(OWN_PACKAGE)
                || method.hasMethodAnnotation(AnyParameters.class)) {
            return true;
        }
        Set<String> allowed = declared.computeIfAbsent(method.getMethod(), key -> namesOf(method));
        List<String> unknown = Collections.list(request.getParameterNames())
            .stream()
            .filter(name -> !allowed.contains(name))
            .sorted()
            .toList();
        if (unknown.isEmpty()) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/hsds/") || path.equals("/hsds")) {
            throw new InvalidRequestException("api.unknown-parameter", VisitorText.echo(String.join(", ", unknown)),
                    allowed.isEmpty() ? "none" : String.join(", ", allowed));
        }
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader(HttpHeaders.LOCATION, request.getContextPath()
                + CanonicalQuery.target(path, CanonicalQuery.only(request.getParameterMap(), allowed)));
        return false;
    }

    /**
     * The names of the handler's {@code @RequestParam}s and of the parameters its
     * resolved arguments take ({@link TakesParameters}), in alphabetical order.
     */
    private static Set<String> namesOf(HandlerMethod method) {
        Set<String> names = new TreeSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            TakesParameters takes = parameter.getParameterType().getAnnotation(TakesParameters.class);
            if (takes != null) {
                names.addAll(List.of(takes.value()));
            }
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                String name = StringUtils.hasText(param.name()) ? param.name()
                        : StringUtils.hasText(param.value()) ? param.value() : parameter.getParameterName();
                if (name != null) {
                    names.add(name);
                }
            }
        }
        return Collections.unmodifiableSet(names);
    }

}
