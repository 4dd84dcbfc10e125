package org.antitrafficking.directory.opendata;

import org.antitrafficking.directory.hotline.HotlineService;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class OpenDataConfiguration implements WebMvcConfigurer {

    private final StructuredData structuredData;
    private final HotlineService hotlines;

    OpenDataConfiguration(StructuredData structuredData, HotlineService hotlines) {
        this.structuredData = structuredData;
        this.hotlines = hotlines;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new StructuredDataInterceptor(structuredData, hotlines))
            .excludePathPatterns("/api/**", "/export/**", "/assets/**");
    }
}
