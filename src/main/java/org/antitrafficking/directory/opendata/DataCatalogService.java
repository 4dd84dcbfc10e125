package org.antitrafficking.directory.opendata;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.antitrafficking.directory.opendata.DataCatalog.Contact;
import org.antitrafficking.directory.opendata.DataCatalog.Dataset;
import org.antitrafficking.directory.opendata.DataCatalog.Distribution;
import org.antitrafficking.directory.opendata.DataCatalog.Publisher;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.web.SiteAddress;
import org.antitrafficking.directory.web.SiteContact;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The directory's datasets as a Project Open Data catalog: the CSV files together and one
 * by one, the Open Referral tables and the API. Identifiers never change with the site's
 * address; every dataset was last modified when the data version last moved (migration
 * V25), and is CC0.
 */
@Service
class DataCatalogService {

    static final String LICENSE = "https://creativecommons.org/publicdomain/zero/1.0/";
    static final String IDENTIFIER = "anti-trafficking-directory";

    private static final String RFC_4180 = "https://www.rfc-editor.org/rfc/rfc4180";

    private static final String HSDS = "https://docs.openreferral.org/";

    private final ReadModel directory;

    private final SiteAddress site;

    private final SiteContact contact;

    private final MessageSource messages;

    DataCatalogService(ReadModel directory, SiteAddress site, SiteContact contact, MessageSource messages) {
        this.directory = directory;
        this.site = site;
        this.contact = contact;
        this.messages = messages;
    }

    DataCatalog catalog() {
        Common common = new Common(site.base(),
                directory.snapshot().version().changedAt().truncatedTo(ChronoUnit.SECONDS).toString(),
                Publisher.organization(text("site.name")), Contact.of(text("site.name"), contact.dataEmail()));
        List<Dataset> datasets = new ArrayList<>();
        String csv = IDENTIFIER + "/csv";
        datasets.add(common.dataset(csv, text("data-json.csv.title"), text("data-json.csv.description"),
                keywords("data-json.csv.keywords"), null, RFC_4180, null,
                List.of(Distribution.download(text("data-json.csv.zip"), "ZIP", "application/zip",
                        common.base() + "/export/directory.zip", RFC_4180))));
        for (String table : DirectoryExport.NAMES) {
            datasets.add(common.dataset(csv + "/" + table, text("data-json.table.title", table),
                    text("data-json.table." + table), keywords("data-json.csv.keywords"), csv, RFC_4180, null,
                    List.of(Distribution.download(table + ".csv", "CSV", "text/csv",
                            common.base() + "/export/" + table + ".csv", RFC_4180))));
        }
        datasets.add(common.dataset(IDENTIFIER + "/open-referral", text("data-json.open-referral.title"),
                text("data-json.open-referral.description"), keywords("data-json.open-referral.keywords"), null, HSDS,
                null, List.of(Distribution.download(text("data-json.open-referral.zip"), "ZIP", "application/zip",
                        common.base() + "/export/open-referral.zip", HSDS))));
        String openApi = common.base() + "/v3/api-docs";
        datasets.add(common.dataset(IDENTIFIER + "/api/v1", text("data-json.api.title"),
                text("data-json.api.description"), keywords("data-json.api.keywords"), null, openApi, openApi,
                List.of(Distribution.api(text("data-json.api.title"), common.base() + "/api/v1", openApi))));
        return DataCatalog.of(common.base() + "/data.json", datasets);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }

    /** The keywords every dataset has, then the dataset's own. */
    private List<String> keywords(String key) {
        return Stream.of(text("data-json.keywords"), text(key))
            .flatMap(list -> Arrays.stream(list.split(",")))
            .map(String::strip)
            .toList();
    }

    /** What every dataset of the catalog shares. */
    private record Common(String base, String modified, Publisher publisher, Contact contactPoint) {

        /**
         * A dataset, part of another ({@code isPartOf}) or not, described by a JSON
         * document or not.
         */
        Dataset dataset(String identifier, String title, String description, List<String> keyword, String isPartOf,
                String conformsTo, String describedBy, List<Distribution> distribution) {
            return new Dataset("dcat:Dataset", identifier, title, description, keyword, modified, publisher,
                    contactPoint, "public", LICENSE, "United States", "irregular", List.of("en-US"),
                    base + "/open-data", isPartOf, conformsTo, describedBy,
                    (describedBy != null) ? "application/json" : null, distribution);
        }
    }

}
