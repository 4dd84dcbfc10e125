package org.antitrafficking.directory.web;

import java.net.URI;
import java.util.Optional;

import org.antitrafficking.directory.DirectoryProperties;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whom to write to. Security reports go to {@code directory.security-contact} (a
 * {@code mailto:} or {@code https:} URI), by default the conventional security@ mailbox
 * of the site's host. Questions about the data, named in /data.json and the OpenAPI
 * document, go to {@code directory.contact-email} where it is set, else to the security
 * contact when that is a mailbox, else to the same security@ mailbox: the one address the
 * site already publishes.
 */
@Component
public class SiteContact {

    private static final String MAILTO = "mailto:";

    private final SiteAddress site;

    private final String contactEmail;

    private final String securityContact;

    SiteContact(SiteAddress site, DirectoryProperties properties) {
        this.site = site;
        this.contactEmail = withoutMailto(properties.contactEmail().strip());
        this.securityContact = properties.securityContact().strip();
    }

    /** The {@code Contact:} of security.txt, for the current request. */
    public String security() {
        return StringUtils.hasText(securityContact) ? securityContact : MAILTO + securityMailbox(site.host());
    }

    /**
     * The mailbox for questions about the data, such as {@code data@example.org}, for the
     * current request.
     */
    public String dataEmail() {
        return configuredDataEmail().orElseGet(() -> securityMailbox(site.host()));
    }

    /**
     * The mailbox for questions about the data where configuration alone tells it (a
     * contact or security address, or the site's address), without a request.
     */
    public Optional<String> configuredDataEmail() {
        if (StringUtils.hasText(contactEmail)) {
            return Optional.of(contactEmail);
        }
        if (securityContact.startsWith(MAILTO)) {
            return Optional.of(withoutMailto(securityContact));
        }
        return site.configured().map(base -> securityMailbox(URI.create(base).getHost()));
    }

    private static String securityMailbox(String host) {
        return "security@" + host;
    }

    private static String withoutMailto(String address) {
        return address.startsWith(MAILTO) ? address.substring(MAILTO.length()) : address;
    }

}
