package org.antitrafficking.directory.opendata;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalog of the directory's datasets, at the address data.gov and other harvesters
 * look for.
 */
@RestController
class DataCatalogController {

    private final DataCatalogService catalog;

    DataCatalogController(DataCatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping(path = "/data.json", produces = MediaType.APPLICATION_JSON_VALUE)
    DataCatalog dataJson() {
        return catalog.catalog();
    }

}
