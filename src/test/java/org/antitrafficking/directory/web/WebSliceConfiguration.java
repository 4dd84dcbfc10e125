package org.antitrafficking.directory.web;

import org.antitrafficking.directory.DirectoryProperties;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.readmodel.load.SmallDirectory;
import org.antitrafficking.directory.web.jsonld.StructuredData;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} slice of the site needs beside its controllers. The slice
 * brings the filters, advices and MVC configuration of package {@code web} itself (they
 * are filters, advices and {@code WebMvcConfigurer}s); they need the settings, the
 * {@link SmallDirectory} as the read model, the page cache and its tags, the busy page,
 * the language's locale and links, and the site's address and JSON-LD for the controllers
 * of record pages.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(DirectoryProperties.class)
@Import({ PageCache.class, EntityTags.class, BusyPage.class, SiteAddress.class, StructuredData.class,
        LanguageConfiguration.class })
public class WebSliceConfiguration {

    @Bean
    ReadModel readModel() {
        return SmallDirectory.readModel();
    }

}
