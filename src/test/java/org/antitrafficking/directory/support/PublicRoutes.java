package org.antitrafficking.directory.support;

import java.util.ArrayList;
import java.util.List;

import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.web.LanguageRoutes;
import org.antitrafficking.directory.web.SiteLanguage;

/**
 * Every kind of public request the site answers with 200: every page and API operation
 * for every record, plus lists, filters, searches, site files, exports and the Open
 * Referral API, for tests that walk them all; and every page also in Spanish, under
 * {@code /es}.
 */
public final class PublicRoutes {

    private PublicRoutes() {
    }

    /** Every page of the site and every API operation of the snapshot, each once. */
    public static List<String> of(DirectorySnapshot snapshot) {
        List<String> uris = new ArrayList<>(List.of("/", "/hotlines", "/hotlines?purpose=report-tip", "/departments",
                "/agencies", "/programs", "/programs?function=prosecution&department=dhs", "/programs?q=training",
                "/programs?page=2", "/task-forces", "/immigration-relief", "/sources", "/search?q=visa",
                "/search?q=custums", "/safety", "/open-data", "/sitemap.xml", "/robots.txt", "/api/v1/departments",
                "/api/v1/agencies", "/api/v1/programs", "/api/v1/programs?function=protection", "/api/v1/task-forces",
                "/api/v1/hotlines", "/api/v1/immigration-relief", "/api/v1/sources", "/api/v1/search?q=hsi",
                "/export/directory.zip", "/export/open-referral.zip", "/export/programs.csv",
                "/export/hotline-channels.csv", "/hsds/", "/hsds/services", "/hsds/services?search=tip",
                "/hsds/organizations", "/hsds/taxonomies", "/hsds/taxonomy_terms", "/v3/api-docs/hsds"));
        for (RecordLink record : snapshot.allRecords()) {
            uris.add(record.href());
            uris.add(record.apiHref());
        }
        for (String uri : List.copyOf(uris)) {
            String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
            if (LanguageRoutes.isTranslated(path)) {
                uris.add(SiteLanguage.SPANISH.address(path, uri.substring(path.length()).replaceFirst("^\\?", "")));
            }
        }
        return uris.stream().distinct().toList();
    }

}
