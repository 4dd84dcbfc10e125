package org.antitrafficking.directory.opendata.openreferral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One column of an Open Referral table as a Frictionless Table Schema field: the name,
 * type and format the HSDS 3.0 data package gives it, and whether it is required or
 * unique there.
 */
record HsdsField(String name, String type, String format, boolean isRequired, boolean isUnique, List<String> allowed) {

    HsdsField {
        allowed = List.copyOf(allowed);
    }

    /** Every table's primary key: a UUID, required and unique. */
    static HsdsField id() {
        return string("id").uuid().required().unique();
    }

    static HsdsField string(String name) {
        return new HsdsField(name, "string", null, false, false, List.of());
    }

    static HsdsField date(String name) {
        return new HsdsField(name, "date", null, false, false, List.of());
    }

    static HsdsField time(String name) {
        return new HsdsField(name, "time", null, false, false, List.of());
    }

    static HsdsField datetime(String name) {
        return new HsdsField(name, "datetime", null, false, false, List.of());
    }

    HsdsField uuid() {
        return new HsdsField(name, type, "uuid", isRequired, isUnique, allowed);
    }

    HsdsField uri() {
        return new HsdsField(name, type, "uri", isRequired, isUnique, allowed);
    }

    HsdsField required() {
        return new HsdsField(name, type, format, true, isUnique, allowed);
    }

    HsdsField unique() {
        return new HsdsField(name, type, format, isRequired, true, allowed);
    }

    HsdsField oneOf(String... values) {
        return new HsdsField(name, type, format, isRequired, isUnique, List.of(values));
    }

    /** The field as a data package describes it. */
    Map<String, Object> descriptor() {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", name);
        field.put("type", type);
        if (format != null) {
            field.put("format", format);
        }
        Map<String, Object> constraints = new LinkedHashMap<>();
        constraints.put("required", isRequired);
        constraints.put("unique", isUnique);
        if (!allowed.isEmpty()) {
            constraints.put("enum", allowed);
        }
        field.put("constraints", constraints);
        return field;
    }
}
