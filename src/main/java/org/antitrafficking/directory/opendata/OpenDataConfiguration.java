package org.antitrafficking.directory.opendata;

import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.web.SiteAddress;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class OpenDataConfiguration implements WebMvcConfigurer {

    private final StructuredData structuredData;

    private final ReadModel directory;

    private final SiteAddress site;

    OpenDataConfiguration(StructuredData structuredData, ReadModel directory, SiteAddress site) {
        this.structuredData = structuredData;
        this.directory = directory;
        this.site = site;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new StructuredDataInterceptor(structuredData, directory, site))
            .excludePathPatterns("/api/**", "/export/**", "/assets/**");
    }

}
