package org.antitrafficking.directory.opendata;

import org.antitrafficking.directory.hotline.HotlineService;
import org.antitrafficking.directory.web.SiteAddress;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class OpenDataConfiguration implements WebMvcConfigurer {

    private final StructuredData structuredData;
    private final HotlineService hotlines;
    private final SiteAddress site;

    OpenDataConfiguration(StructuredData structuredData, HotlineService hotlines, SiteAddress site) {
        this.structuredData = structuredData;
        this.hotlines = hotlines;
        this.site = site;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new StructuredDataInterceptor(structuredData, hotlines, site))
            .excludePathPatterns("/api/**", "/export/**", "/assets/**");
    }
}
