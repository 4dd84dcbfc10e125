package org.antitrafficking.directory.web.jsonld;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.antitrafficking.directory.readmodel.AgencyNode;
import org.antitrafficking.directory.readmodel.AgencyPage;
import org.antitrafficking.directory.readmodel.ChannelKind;
import org.antitrafficking.directory.readmodel.DepartmentPage;
import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.HotlineCard;
import org.antitrafficking.directory.readmodel.HotlineOperatorRole;
import org.antitrafficking.directory.readmodel.HotlinePage;
import org.antitrafficking.directory.readmodel.OperatorRole;
import org.antitrafficking.directory.readmodel.ProgramPage;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.ReliefPage;
import org.antitrafficking.directory.readmodel.SourcePage;
import org.antitrafficking.directory.readmodel.TaskForcePage;
import org.antitrafficking.directory.web.SiteAddress;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import static org.antitrafficking.directory.web.jsonld.JsonLd.contactPoints;
import static org.antitrafficking.directory.web.jsonld.JsonLd.describe;
import static org.antitrafficking.directory.web.jsonld.JsonLd.object;
import static org.antitrafficking.directory.web.jsonld.JsonLd.organization;
import static org.antitrafficking.directory.web.jsonld.JsonLd.put;
import static org.antitrafficking.directory.web.jsonld.JsonLd.reference;
import static org.antitrafficking.directory.web.jsonld.JsonLd.root;

/**
 * schema.org descriptions of record pages as JSON-LD, for search engines and link
 * previews: departments and agencies as GovernmentOrganization (with parentOrganization
 * and ContactPoint telephones), programs and forms of relief as GovernmentService,
 * hotlines as the ContactPoint of the body behind them.
 */
@Component
public class StructuredData {

    private final JsonMapper json;

    private final MessageSource messages;

    private final SiteAddress site;

    StructuredData(JsonMapper json, MessageSource messages, SiteAddress site) {
        this.json = json;
        this.messages = messages;
        this.site = site;
    }

    /** The site itself, with its search, for the home page. */
    public String website() {
        String base = site.base();
        Map<String, Object> search = object("SearchAction");
        search.put("target", base + "/search?q={search_term_string}");
        search.put("query-input", "required name=search_term_string");
        Map<String, Object> site = root("WebSite");
        site.put("name", messages.getMessage("site.name", null, Locale.ENGLISH));
        site.put("url", base + "/");
        site.put("potentialAction", search);
        return write(site);
    }

    /** A department; its contact points are the lines of the same snapshot. */
    public String department(DepartmentPage page, DirectorySnapshot snapshot) {
        String base = site.base();
        Map<String, Object> organization = organization(page.link(), page.description(), page.website(), base);
        return write(withUnitsAndLines(organization, page.agencies(), snapshot.hotlineCards(page.hotlines()), base));
    }

    /** An agency; its contact points are the lines of the same snapshot. */
    public String agency(AgencyPage page, DirectorySnapshot snapshot) {
        String base = site.base();
        Map<String, Object> organization = organization(page.link(), page.description(), page.website(), base);
        organization.put("parentOrganization", reference("GovernmentOrganization", page.parent(), base));
        return write(withUnitsAndLines(organization, page.units(), snapshot.hotlineCards(page.hotlines()), base));
    }

    /**
     * A body's units as sub-organizations, and the lines it answers as contact points.
     */
    private static Map<String, Object> withUnitsAndLines(Map<String, Object> organization, List<AgencyNode> units,
            List<HotlineCard> hotlines, String base) {
        put(organization, "subOrganization",
                units.stream()
                    .map(AgencyNode::link)
                    .map(link -> reference("GovernmentOrganization", link, base))
                    .toList());
        put(organization, "contactPoint", contactPoints(hotlines));
        return organization;
    }

    public String taskForce(TaskForcePage page) {
        String base = site.base();
        Map<String, Object> organization = root("GovernmentOrganization");
        describe(organization, page.link(), page.description(), base);
        put(organization, "member",
                page.members()
                    .stream()
                    .filter(group -> group.role().isMember())
                    .flatMap(group -> group.members().stream())
                    .map(member -> reference("GovernmentOrganization", member, base))
                    .toList());
        return write(organization);
    }

    public String program(ProgramPage page) {
        String base = site.base();
        Map<String, Object> service = root("GovernmentService");
        describe(service, page.link(), page.description(), base);
        put(service, "sameAs", page.website());
        RecordLink provider = page.operators()
            .stream()
            .filter(operator -> operator.role() == OperatorRole.RUNS)
            .map(ProgramPage.Operator::agency)
            .findFirst()
            .orElse((page.department() != null) ? page.department() : page.taskForce());
        // A plan of several departments has no one provider.
        if (provider != null) {
            service.put("provider", reference("GovernmentOrganization", provider, base));
        }
        if (page.department() != null) {
            service.put("serviceOperator", reference("GovernmentOrganization", page.department(), base));
        }
        return write(service);
    }

    public String relief(ReliefPage page) {
        String base = site.base();
        Map<String, Object> service = root("GovernmentService");
        describe(service, page.card().link(), page.card().description(), base);
        service.put("alternateName", page.card().shortName());
        service.put("serviceType", "Immigration relief");
        service.put("provider",
                page.card().handlers().isEmpty() ? reference("GovernmentOrganization", page.card().department(), base)
                        : reference("GovernmentOrganization", page.card().handlers().get(0).agency(), base));
        put(service, "audience", page.card().eligibility());
        return write(service);
    }

    /**
     * A hotline as a GovernmentService reached through its channels; its provider is
     * named only where the body behind it answers it (HHS funds the national hotline but
     * does not answer it).
     */
    public String hotline(HotlinePage page) {
        String base = site.base();
        HotlineCard card = page.card();
        Map<String, Object> service = root("GovernmentService");
        describe(service, card.link(), card.description(), base);
        if (card.operator() != null && card.operatorRole() == HotlineOperatorRole.ANSWERS) {
            service.put("provider", reference("GovernmentOrganization", card.operator(), base));
        }
        List<Map<String, Object>> channels = card.channels().stream().map(channel -> {
            Map<String, Object> serviceChannel = object("ServiceChannel");
            serviceChannel.put("name", channel.value());
            if (channel.kind() == ChannelKind.VOICE) {
                Map<String, Object> phone = object("ContactPoint");
                phone.put("telephone", channel.href().substring("tel:".length()));
                put(phone, "hoursAvailable", card.hours());
                put(phone, "availableLanguage", card.languages());
                serviceChannel.put("servicePhone", phone);
            }
            else if (channel.href().startsWith("https:")) {
                serviceChannel.put("serviceUrl", channel.href());
            }
            return serviceChannel;
        }).toList();
        put(service, "availableChannel", channels);
        return write(service);
    }

    public String source(SourcePage page) {
        String base = site.base();
        Map<String, Object> work = root("CreativeWork");
        work.put("name", page.citation().title());
        work.put("description", page.summary());
        work.put("url", base + "/sources/" + page.citation().slug());
        Map<String, Object> publisher = object("Organization");
        publisher.put("name", page.citation().publisher());
        work.put("publisher", publisher);
        return write(work);
    }

    /** JSON safe inside a script element: no "<" can close it early. */
    private String write(Map<String, Object> thing) {
        return json.writeValueAsString(thing).replace("<", "\\u003c");
    }

}
