package org.antitrafficking.directory.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.IServletWebExchange;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The language of a page is its address's ({@link LanguageFilter}): the locale the
 * messages, dates and numbers are written in is the request's {@link SiteLanguage}, never
 * the browser's Accept-Language, and links from a Spanish page to another page written in
 * Spanish stay in Spanish while links to the assets, files and API, which have one
 * address, do not.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return new AddressLocaleResolver();
    }

    @Bean
    static BeanPostProcessor languageLinks(ObjectProvider<ResourceUrlProvider> assets) {
        return new BeanPostProcessor() {

            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof SpringTemplateEngine engine) {
                    engine.setLinkBuilder(new LanguageLinkBuilder(assets));
                }
                return bean;
            }

        };
    }

    private static final class AddressLocaleResolver implements LocaleResolver {

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return SiteLanguage.of(request).locale();
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            throw new UnsupportedOperationException("The address says which language a page is in");
        }

    }

    /**
     * Builds a context-relative link ({@code @{/hotlines}}) in the page's language where
     * the page linked to is written in it ({@link LanguageRoutes}), and at its one
     * address otherwise.
     */
    static final class LanguageLinkBuilder extends StandardLinkBuilder {

        private final ObjectProvider<ResourceUrlProvider> assets;

        LanguageLinkBuilder(ObjectProvider<ResourceUrlProvider> assets) {
            this.assets = assets;
        }

        /**
         * An asset's link gets its content-hashed address here, from the site's root: the
         * response's own URL encoding would look for it under the Spanish context path.
         */
        @Override
        protected String processLink(IExpressionContext context, String link) {
            HttpServletRequest request = requestOf(context);
            if (request != null && SiteLanguage.of(request) != SiteLanguage.ENGLISH) {
                String site = SiteLanguage.siteContextPath(request);
                ResourceUrlProvider provider = this.assets.getIfAvailable();
                if (provider != null && link.startsWith(site + "/")) {
                    String hashed = provider.getForLookupPath(link.substring(site.length()));
                    if (hashed != null) {
                        return site + hashed;
                    }
                }
            }
            return super.processLink(context, link);
        }

        @Override
        protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
            HttpServletRequest request = requestOf(context);
            if (request == null) {
                return super.computeContextPath(context, base, parameters);
            }
            String site = SiteLanguage.siteContextPath(request);
            return LanguageRoutes.isTranslated(pathOf(base)) ? site + SiteLanguage.of(request).prefix() : site;
        }

        private static HttpServletRequest requestOf(IExpressionContext context) {
            return (context instanceof IWebContext web && web.getExchange() instanceof IServletWebExchange exchange
                    && exchange.getRequest().getNativeRequestObject() instanceof HttpServletRequest request) ? request
                            : null;
        }

        private static String pathOf(String base) {
            int end = base.length();
            int query = base.indexOf('?');
            int fragment = base.indexOf('#');
            if (query >= 0) {
                end = query;
            }
            if (fragment >= 0 && fragment < end) {
                end = fragment;
            }
            return base.substring(0, end);
        }

    }

}
