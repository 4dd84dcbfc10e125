package org.antitrafficking.directory.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class CachingConfiguration implements WebMvcConfigurer {

    private final DataVersion version;

    CachingConfiguration(DataVersion version) {
        this.version = version;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // The assets carry their own year-long caching; the API explorer and actuator are not data.
        registry.addInterceptor(new ConditionalRequestInterceptor(version))
            .excludePathPatterns("/assets/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/**");
    }
}
