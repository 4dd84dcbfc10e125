package org.antitrafficking.directory.opendata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.antitrafficking.directory.agency.AgencyNode;
import org.antitrafficking.directory.agency.AgencyPage;
import org.antitrafficking.directory.department.DepartmentPage;
import org.antitrafficking.directory.hotline.HotlineCard;
import org.antitrafficking.directory.hotline.HotlinePage;
import org.antitrafficking.directory.program.ProgramPage;
import org.antitrafficking.directory.relief.ReliefPage;
import org.antitrafficking.directory.source.SourcePage;
import org.antitrafficking.directory.taskforce.TaskForcePage;
import org.antitrafficking.directory.web.RecordLink;
import org.springframework.stereotype.Component;

/**
 * schema.org descriptions of record pages as JSON-LD, for search engines and link previews:
 * departments and agencies as GovernmentOrganization (with parentOrganization and ContactPoint
 * telephones), programs and forms of relief as GovernmentService, hotlines as the ContactPoint of the
 * body behind them.
 */
@Component
class StructuredData {

    private static final String CONTEXT = "https://schema.org";

    private final JsonMapper json;

    StructuredData(JsonMapper json) {
        this.json = json;
    }

    String website(String base) {
        Map<String, Object> search = object("SearchAction");
        search.put("target", base + "/search?q={search_term_string}");
        search.put("query-input", "required name=search_term_string");
        Map<String, Object> site = root("WebSite");
        site.put("name", "Federal Anti-Trafficking Directory");
        site.put("url", base + "/");
        site.put("potentialAction", search);
        return write(site);
    }

    String department(DepartmentPage page, List<HotlineCard> hotlines, String base) {
        Map<String, Object> organization = organization(page.link(), page.description(), page.website(), base);
        put(organization, "subOrganization", page.agencies().stream().map(AgencyNode::link)
            .map(link -> reference("GovernmentOrganization", link, base)).toList());
        put(organization, "contactPoint", contactPoints(hotlines));
        return write(organization);
    }

    String agency(AgencyPage page, List<HotlineCard> hotlines, String base) {
        Map<String, Object> organization = organization(page.link(), page.description(), page.website(), base);
        organization.put("parentOrganization", reference("GovernmentOrganization", page.parent(), base));
        put(organization, "subOrganization", page.units().stream().map(AgencyNode::link)
            .map(link -> reference("GovernmentOrganization", link, base)).toList());
        put(organization, "contactPoint", contactPoints(hotlines));
        return write(organization);
    }

    String taskForce(TaskForcePage page, String base) {
        Map<String, Object> organization = root("GovernmentOrganization");
        describe(organization, page.link(), page.description(), base);
        put(organization, "member", page.members().stream().flatMap(group -> group.members().stream())
            .map(member -> reference("GovernmentOrganization", member, base)).toList());
        return write(organization);
    }

    String program(ProgramPage page, String base) {
        Map<String, Object> service = root("GovernmentService");
        describe(service, page.link(), page.description(), base);
        put(service, "sameAs", page.website());
        RecordLink provider = !page.operators().isEmpty() ? page.operators().get(0).agency()
                : (page.department() != null) ? page.department() : page.taskForce();
        service.put("provider", reference("GovernmentOrganization", provider, base));
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
        service.put("provider", page.card().handlers().isEmpty()
                ? reference("GovernmentOrganization", page.card().department(), base)
                : reference("GovernmentOrganization", page.card().handlers().get(0).agency(), base));
        put(service, "audience", page.card().eligibility());
        return write(service);
    }

    String hotline(HotlinePage page, String base) {
        HotlineCard card = page.card();
        List<Map<String, Object>> points = contactPoints(List.of(card));
        if (card.operator() == null) {
            return write(withContext(points.isEmpty() ? object("ContactPoint") : points.get(0)));
        }
        Map<String, Object> organization = root("GovernmentOrganization");
        describe(organization, card.operator(), null, base);
        organization.put("contactPoint", points);
        return write(organization);
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

    /** One ContactPoint for each telephone number of each line. */
    private static List<Map<String, Object>> contactPoints(List<HotlineCard> hotlines) {
        return hotlines.stream()
            .flatMap(hotline -> hotline.phoneNumbers().stream().map(channel -> {
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
