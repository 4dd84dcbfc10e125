package org.antitrafficking.directory.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every page, file and API operation of the directory accepts only the parameters it
 * declares.
 */
@Configuration(proxyBeanMethods = false)
class ParameterCheckConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new QueryParameterInterceptor()).excludePathPatterns("/assets/**");
    }

}
