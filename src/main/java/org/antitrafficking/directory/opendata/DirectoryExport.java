package org.antitrafficking.directory.opendata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.ReadModel;

import org.springframework.stereotype.Service;

/**
 * Every record of the directory as CSV tables, one per kind, in a stable column order.
 * Lists inside a cell (functions, sources, members) are separated by semicolons; a member
 * or operator is written {@code slug:role}. The tables themselves are
 * {@link ExportTable}.
 */
@Service
class DirectoryExport {

    /**
     * The tables' names, under which {@code /export/{name}.csv} serves them, in a fixed
     * order.
     */
    static final List<String> NAMES = Arrays.stream(ExportTable.values()).map(ExportTable::slug).toList();

    private final ReadModel directory;

    DirectoryExport(ReadModel directory) {
        this.directory = directory;
    }

    /**
     * Every table, in the order of {@link #NAMES}, zipped. Each entry is dated by the
     * data version, not by the clock, so that every instance sends the same bytes, under
     * the same ETag, for the same data.
     */
    byte[] zip() {
        DirectorySnapshot snapshot = directory.snapshot();
        long changedAt = snapshot.version().changedAt().toEpochMilli();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (ExportTable table : ExportTable.values()) {
                ZipEntry entry = new ZipEntry(table.slug() + ".csv");
                entry.setTime(changedAt);
                zip.putNextEntry(entry);
                zip.write(table.build(snapshot).toBytes());
                zip.closeEntry();
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    Optional<CsvTable> table(String name) {
        return ExportTable.of(name).map(table -> table.build(directory.snapshot()));
    }

}
