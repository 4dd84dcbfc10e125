package org.antitrafficking.directory.opendata;

import org.antitrafficking.directory.readmodel.NotFoundException;
import org.antitrafficking.directory.web.VisitorText;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The directory as files: a CSV per kind of record, and all of them zipped. The Open
 * Referral package is in {@code openreferral}.
 */
@Controller
class ExportController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8;header=present");
    static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final DirectoryExport directory;

    ExportController(DirectoryExport directory) {
        this.directory = directory;
    }

    @GetMapping("/export/{table}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String table) {
        CsvTable csv = directory.table(table)
            .orElseThrow(() -> new NotFoundException("error.no-such-export", VisitorText.echo(table)));
        return file(csv.toBytes(), CSV, table + ".csv");
    }

    @GetMapping("/export/directory.zip")
    ResponseEntity<byte[]> directoryZip() {
        return file(directory.zip(), ZIP, "directory.zip");
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok()
            .contentType(type)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
            .body(content);
    }

}
