package org.antitrafficking.directory.opendata.openreferral;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.antitrafficking.directory.opendata.CsvTable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The Open Referral tables as a Frictionless tabular data package:
 * {@code datapackage.json}, which describes every file (its fields with their types and
 * constraints, its primary and foreign keys) as the HSDS 3.0 data package does, and one
 * CSV file per table.
 */
@Service
class OpenReferralExport {

    static final String DESCRIPTOR = "datapackage.json";

    /** The directory's data is dedicated to the public domain. */
    static final Map<String, String> LICENSE = licence();

    private final OpenReferralDirectory directory;

    private final JsonMapper json;

    private final MessageSource messages;

    OpenReferralExport(OpenReferralDirectory directory, JsonMapper json, MessageSource messages) {
        this.directory = directory;
        this.json = json;
        this.messages = messages;
    }

    /**
     * The data package, zipped: the descriptor first, then the tables in its order, each
     * dated by the data version, so that every instance sends the same bytes for the same
     * data.
     */
    byte[] zip() {
        OpenReferralData data = directory.current();
        long changedAt = data.version().changedAt().toEpochMilli();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, DESCRIPTOR, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(descriptor()), changedAt);
            for (CsvTable table : data.tables()) {
                entry(zip, table.name() + ".csv", table.toBytes(), changedAt);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    Map<String, Object> descriptor() {
        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("profile", "tabular-data-package");
        descriptor.put("name", "federal-anti-trafficking-directory-hsds");
        descriptor.put("title", messages.getMessage("openreferral.package.title", null, Locale.ENGLISH));
        descriptor.put("description", messages.getMessage("openreferral.package.description", null, Locale.ENGLISH));
        descriptor.put("licenses", List.of(LICENSE));
        descriptor.put("resources", OpenReferralData.definitions().stream().map(HsdsTable::descriptor).toList());
        return descriptor;
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content, long time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(time);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static Map<String, String> licence() {
        Map<String, String> licence = new LinkedHashMap<>();
        licence.put("name", "CC0-1.0");
        licence.put("path", "https://creativecommons.org/publicdomain/zero/1.0/");
        licence.put("title", "Creative Commons Zero v1.0 Universal");
        return licence;
    }

}
