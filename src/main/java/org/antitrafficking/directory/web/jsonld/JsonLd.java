package org.antitrafficking.directory.web.jsonld;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.antitrafficking.directory.readmodel.ChannelKind;
import org.antitrafficking.directory.readmodel.HotlineCard;
import org.antitrafficking.directory.readmodel.HotlineOperatorRole;
import org.antitrafficking.directory.readmodel.RecordLink;

/** The pieces schema.org descriptions are made of, as ordered maps ready to write. */
final class JsonLd {

    private static final String CONTEXT = "https://schema.org";

    private JsonLd() {
    }

    /**
     * One ContactPoint for each voice number of each line the body answers (not those it
     * only funds).
     */
    static List<Map<String, Object>> contactPoints(List<HotlineCard> hotlines) {
        return hotlines.stream()
            .filter(hotline -> hotline.operatorRole() == HotlineOperatorRole.ANSWERS)
            .flatMap(hotline -> hotline.channels()
                .stream()
                .filter(channel -> channel.kind() == ChannelKind.VOICE)
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

    static Map<String, Object> organization(RecordLink link, String description, String website, String base) {
        Map<String, Object> organization = root("GovernmentOrganization");
        describe(organization, link, description, base);
        put(organization, "sameAs", website);
        return organization;
    }

    static void describe(Map<String, Object> thing, RecordLink link, String description, String base) {
        thing.put("name", link.name());
        put(thing, "alternateName", link.acronym());
        put(thing, "description", description);
        thing.put("url", base + link.href());
    }

    static Map<String, Object> reference(String type, RecordLink link, String base) {
        Map<String, Object> thing = object(type);
        thing.put("name", link.name());
        thing.put("url", base + link.href());
        return thing;
    }

    static Map<String, Object> root(String type) {
        return withContext(object(type));
    }

    static Map<String, Object> withContext(Map<String, Object> thing) {
        Map<String, Object> rooted = new LinkedHashMap<>();
        rooted.put("@context", CONTEXT);
        rooted.putAll(thing);
        return rooted;
    }

    static Map<String, Object> object(String type) {
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("@type", type);
        return thing;
    }

    /** Puts a value unless it is null or an empty list: JSON-LD has no use for either. */
    static void put(Map<String, Object> thing, String key, Object value) {
        if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
            thing.put(key, value);
        }
    }

}
