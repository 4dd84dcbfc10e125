package org.antitrafficking.directory.opendata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.antitrafficking.directory.web.PageNotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The directory as files: a CSV per kind of record, and all of them zipped. The Open Referral package is in {@code openreferral}. */
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
        CsvTable csv = directory.table(table).orElseThrow(() -> new PageNotFoundException("No export called " + table));
        return file(csv.toBytes(), CSV, table + ".csv");
    }

    @GetMapping("/export/directory.zip")
    ResponseEntity<byte[]> directoryZip() {
        return file(zip(directory.tables()), ZIP, "directory.zip");
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok()
            .contentType(type)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
            .body(content);
    }

    private static byte[] zip(Collection<CsvTable> tables) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (CsvTable table : tables) {
                zip.putNextEntry(new ZipEntry(table.name() + ".csv"));
                zip.write(table.toBytes());
                zip.closeEntry();
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

}
