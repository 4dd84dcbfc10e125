package org.antitrafficking.directory.api;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What Spring MVC needs to call the API's handlers: their {@link Paging} argument. Apart
 * from {@link ApiConfiguration}, which describes the API, so that a web slice gets this
 * without the OpenAPI machinery.
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PagingResolver());
    }

}
