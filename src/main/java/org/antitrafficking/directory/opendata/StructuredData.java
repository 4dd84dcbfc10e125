package org.antitrafficking.directory.opendata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.antitrafficking.directory.readmodel.AgencyNode;
import org.antitrafficking.directory.readmodel.AgencyPage;
import org.antitrafficking.directory.readmodel.DepartmentPage;
import org.antitrafficking.directory.readmodel.HotlineCard;
import org.antitrafficking.directory.readmodel.HotlinePage;
import org.antitrafficking.directory.readmodel.ProgramPage;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.ReliefPage;
import org.antitrafficking.directory.readmodel.SourcePage;
import org.antitrafficking.directory.readmodel.TaskForcePage;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * schema.org descriptions of record pages as JSON-LD, for search engines and link
 * previews: departments and agencies as GovernmentOrganization (with parentOrganization
 * and ContactPoint telephones), programs and forms of relief as GovernmentService,
 * hotlines as the ContactPoint of the body behind them.
 */
@Component
class StructuredData {

    private static final String CONTEXT = "https://schema.org";

    /**
     * The roles that make a body a member of a task force, as opposed to a supporter or
     * participant.
     */
    private static final Set<String> MEMBER_ROLES = Set.of("lead", "primary-member", "member");

    private final JsonMapper json;

    private final MessageSource messages;

    StructuredData(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    String website(String base) {
        Map<String, Object> search = object("SearchAction");
        search.put("target", base + "/search?q={search_term_string}");
        search.put("query-input", "required name=search_term_string");
        Map<String, Object> site = root("WebSite");
        site.put("name", messages.getMessage("site.name", null, Locale.ENGLISH));
        site.put("url", base + "/");
        site.put("potentialAction", search);
        return write(site);
    }

    String department(DepartmentPage page, List<HotlineCard> hotlines, String base) {
        Map<String, Object> organization = organization(page.link(), page.description(), page.website(), base);
        put(organization, "subOrganization",
                page.agencies()
                    .stream()
                    .map(AgencyNode::link)
                    .map(link -> reference("GovernmentOrganization", link, base))
                    .toList());
        put(organization, "contactPoint", contactPoints(hotlines));
        return write(organization);
    }

    String agency(AgencyPage page, List<HotlineCard> hotlines, String base) {
        Map<String, Object> organization = organization(page.link(), page.description(), page.website(), base);
        organization.put("parentOrganization", reference("GovernmentOrganization", page.parent(), base));
        put(organization, "subOrganization",
                page.units()
                    .stream()
                    .map(AgencyNode::link)
                    .map(link -> reference("GovernmentOrganization", link, base))
                    .toList());
        put(organization, "contactPoint", contactPoints(hotlines));
        return write(organization);
    }

    String taskForce(TaskForcePage page, String base) {
        Map<String, Object> organization = root("GovernmentOrganization");
        describe(organization, page.link(), page.description(), base);
        put(organization, "member",
                page.members()
                    .stream()
                    .filter(group -> MEMBER_ROLES.contains(group.role()))
                    .flatMap(group -> group.members().stream())
                    .map(member -> reference("GovernmentOrganization", member, base))
                    .toList());
        return write(organization);
    }

    String program(ProgramPage page, String base) {
        Map<String, Object> service = root("GovernmentService");
        describe(service, page.link(), page.description(), base);
        put(service, "sameAs", page.website());
        RecordLink provider = page.operators()
            .stream()
            .filter(operator -> "runs".equals(operator.role()))
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

    String relief(ReliefPage page, String base) {
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
    String hotline(HotlinePage page, String base) {
        HotlineCard card = page.card();
        Map<String, Object> service = root("GovernmentService");
        describe(service, card.link(), card.description(), base);
        if (card.operator() != null && "answers".equals(card.operatorRole())) {
            service.put("provider", reference("GovernmentOrganization", card.operator(), base));
        }
        List<Map<String, Object>> channels = card.channels().stream().map(channel -> {
            Map<String, Object> serviceChannel = object("ServiceChannel");
            serviceChannel.put("name", channel.value());
            if ("voice".equals(channel.kind())) {
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

    String source(SourcePage page, String base) {
        Map<String, Object> work = root("CreativeWork");
        work.put("name", page.citation().title());
        work.put("description", page.summary());
        work.put("url", base + "/sources/" + page.citation().slug());
        Map<String, Object> publisher = object("Organization");
        publisher.put("name", page.citation().publisher());
        work.put("publisher", publisher);
        return write(work);
    }

    /**
     * One ContactPoint for each voice number of each line the body answers (not those it
     * only funds).
     */
    private static List<Map<String, Object>> contactPoints(List<HotlineCard> hotlines) {
        return hotlines.stream()
            .filter(hotline -> "answers".equals(hotline.operatorRole()))
            .flatMap(hotline -> hotline.channels()
                .stream()
                .filter(channel -> "voice".equals(channel.kind()))
                .map(channel -> {
                    Map<String, Object> point = object("ContactPoint");
                    point.put("name", hotline.link().name());
                    point.put("contactType", hotline.link().name());
                    point.put("telephone", channel.href().substring("tel:".length()));
                    put(point, "description", channel.instructions());
                    put(point, "hoursAvailable", hotline.hours());
                    put(point, "availableLanguage", hotline.languages());
                    return point;
                }))
            .toList();
    }

    private static Map<String, Object> organization(RecordLink link, String description, String website, String base) {
        Map<String, Object> organization = root("GovernmentOrganization");
        describe(organization, link, description, base);
        put(organization, "sameAs", website);
        return organization;
    }

    private static void describe(Map<String, Object> thing, RecordLink link, String description, String base) {
        thing.put("name", link.name());
        put(thing, "alternateName", link.acronym());
        put(thing, "description", description);
        thing.put("url", base + link.href());
    }

    private static Map<String, Object> reference(String type, RecordLink link, String base) {
        Map<String, Object> thing = object(type);
        thing.put("name", link.name());
        thing.put("url", base + link.href());
        return thing;
    }

    private static Map<String, Object> root(String type) {
        return withContext(object(type));
    }

    private static Map<String, Object> withContext(Map<String, Object> thing) {
        Map<String, Object> rooted = new LinkedHashMap<>();
        rooted.put("@context", CONTEXT);
        rooted.putAll(thing);
        return rooted;
    }

    private static Map<String, Object> object(String type) {
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("@type", type);
        return thing;
    }

    /** Puts a value unless it is null or an empty list: JSON-LD has no use for either. */
    private static void put(Map<String, Object> thing, String key, Object value) {
        if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
            thing.put(key, value);
        }
    }

    /** JSON safe inside a script element: no "<" can close it early. */
    private String write(Map<String, Object> thing) {
        return json.writeValueAsString(thing).replace("<", "\\u003c");
    }

}
