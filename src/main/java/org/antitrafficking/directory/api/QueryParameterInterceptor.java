package org.antitrafficking.directory.api;

import java.util.Collections;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.antitrafficking.directory.web.InvalidRequestException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Refuses API requests that carry a query parameter their operation does not know. */
class QueryParameterInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || method.getBeanType() == ApiFallbackController.class) {
            return true;
        }
        QueryParameters declared = method.getMethodAnnotation(QueryParameters.class);
        Set<String> allowed = (declared != null) ? Set.of(declared.value()) : Set.of();
        List<String> unknown = Collections.list(request.getParameterNames()).stream()
            .filter(name -> !allowed.contains(name))
            .sorted()
            .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException("api.unknown-parameter", String.join(", ", unknown),
                    allowed.isEmpty() ? "none" : String.join(", ", allowed.stream().sorted().toList()));
        }
        return true;
    }
}
