package org.antitrafficking.directory.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * What the OpenAPI document says about one of the read model's view records: the name of
 * its schema where the record's own simple name would be ambiguous (a nested
 * {@code Channel}, {@code Part} or {@code Group}), a description, and a description and
 * requiredness for some of its properties. The read model stays free of OpenAPI
 * annotations; {@link ApiSchemaDescriptions} holds one of these for every record the API
 * returns.
 *
 * @param name the schema's name, or null to keep the record's simple name
 * @param description what the record is
 * @param properties the described properties, by their JSON name
 * @param required the properties the document lists as required
 */
record DescribedSchema(@Nullable String name, String description, Map<String, String> properties,
        Set<String> required) {

    static DescribedSchema of(String description) {
        return new DescribedSchema(null, description, Map.of(), Set.of());
    }

    static DescribedSchema named(String name, String description) {
        return new DescribedSchema(name, description, Map.of(), Set.of());
    }

    /** The same, with one more property described. */
    DescribedSchema property(String property, String text) {
        Map<String, String> more = new LinkedHashMap<>(properties);
        more.put(property, text);
        return new DescribedSchema(name, description, more, required);
    }

    /** The same, with one more property described and listed as required. */
    DescribedSchema requiredProperty(String property, String text) {
        DescribedSchema described = property(property, text);
        Set<String> more = new LinkedHashSet<>(required);
        more.add(property);
        return new DescribedSchema(name, description, described.properties, more);
    }

    /**
     * Writes the descriptions into the schema the generator made. Required properties are
     * listed in the order the schema has them, as the generator lists them.
     */
    void describe(Schema<?> schema) {
        schema.setDescription(description);
        Map<String, Schema> own = (schema.getProperties() != null) ? schema.getProperties() : Map.of();
        properties.forEach((property, text) -> {
            Schema<?> described = own.get(property);
            if (described == null) {
                throw new IllegalStateException("No property " + property + " in schema " + schema.getName());
            }
            described.setDescription(text);
        });
        if (!required.isEmpty()) {
            List<String> listed = new ArrayList<>();
            own.keySet()
                .stream()
                .filter(property -> required.contains(property)
                        || (schema.getRequired() != null && schema.getRequired().contains(property)))
                .forEach(listed::add);
            schema.setRequired(listed);
        }
    }

}
