package org.antitrafficking.directory.web;

import java.net.URI;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.antitrafficking.directory.DirectoryProperties;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The site's own absolute address, for the sitemap, security.txt and JSON-LD:
 * {@code directory.base-url} where it is set (as it should be in production, so that no
 * request's Host header shapes published URLs), otherwise the address of the current
 * request.
 */
@Component
public class SiteAddress {

    private final String configured;

    SiteAddress(DirectoryProperties properties) {
        this.configured = StringUtils.trimTrailingCharacter(properties.baseUrl().strip(), '/');
    }

    /**
     * Such as {@code https://directory.example.org}, without a trailing slash, for the
     * current request.
     */
    public String base() {
        if (StringUtils.hasText(configured)) {
            return configured;
        }
        // Without the language a Spanish page's context path ends in.
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
            .getRequest();
        return ServletUriComponentsBuilder.fromRequestUri(request)
            .replacePath(SiteLanguage.siteContextPath(request))
            .build()
            .toUriString();
    }

    /** The configured address, where there is one: known without a request. */
    public Optional<String> configured() {
        return Optional.of(configured).filter(StringUtils::hasText);
    }

    /** The host name of {@link #base()}. */
    public String host() {
        return URI.create(base()).getHost();
    }

}
