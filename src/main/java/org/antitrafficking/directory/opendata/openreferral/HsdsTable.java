package org.antitrafficking.directory.opendata.openreferral;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.antitrafficking.directory.opendata.CsvTable;

/**
 * One table of the Open Referral data package: its HSDS resource name and file, the
 * columns the directory fills (each with the value it takes from a record) and the
 * foreign keys among them. The same definition writes the CSV file and describes it in
 * {@code datapackage.json}, so the two cannot disagree.
 */
final class HsdsTable<T> {

    /** A column and how a record fills it; null leaves the cell empty. */
    record Column<T>(HsdsField field, Function<T, String> value) {
    }

    /** A column that holds the id of a record in another table. */
    record ForeignKey(String field, String resource) {

        /**
         * The key in a fixed order: {@code Map.of} orders its keys differently in each
         * JVM, which gave every instance its own bytes (and ETag) for the same package.
         */
        Map<String, Object> descriptor() {
            Map<String, Object> reference = new LinkedHashMap<>();
            reference.put("resource", resource);
            reference.put("fields", "id");
            Map<String, Object> key = new LinkedHashMap<>();
            key.put("fields", field);
            key.put("reference", reference);
            return key;
        }
    }

    private final String resource;

    private final String fileName;

    private final String description;

    private final List<Column<T>> columns;

    private final List<ForeignKey> foreignKeys;

    private HsdsTable(String resource, String fileName, String description, List<Column<T>> columns,
            List<ForeignKey> foreignKeys) {
        this.resource = resource;
        this.fileName = fileName;
        this.description = description;
        this.columns = List.copyOf(columns);
        this.foreignKeys = List.copyOf(foreignKeys);
    }

    /** A table of the HSDS resource {@code resource}, written to {@code fileName}.csv. */
    static <T> Builder<T> of(String resource, String fileName, String description) {
        return new Builder<>(resource, fileName, description);
    }

    String resource() {
        return resource;
    }

    String path() {
        return fileName + ".csv";
    }

    List<HsdsField> fields() {
        return columns.stream().map(Column::field).toList();
    }

    CsvTable csv(Collection<T> records) {
        CsvTable table = new CsvTable(fileName, fields().stream().map(HsdsField::name).toArray(String[]::new));
        for (T record : records) {
            table.row(columns.stream().map(column -> column.value().apply(record)).toArray());
        }
        return table;
    }

    /** The table as a tabular data resource of {@code datapackage.json}. */
    Map<String, Object> descriptor() {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", fields().stream().map(HsdsField::descriptor).toList());
        schema.put("primaryKey", "id");
        if (!foreignKeys.isEmpty()) {
            schema.put("foreignKeys", foreignKeys.stream().map(ForeignKey::descriptor).toList());
        }
        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("name", resource);
        descriptor.put("path", path());
        descriptor.put("description", description);
        descriptor.put("profile", "tabular-data-resource");
        descriptor.put("format", "csv");
        descriptor.put("mediatype", "text/csv");
        descriptor.put("encoding", "utf-8");
        descriptor.put("schema", schema);
        return descriptor;
    }

    static final class Builder<T> {

        private final String resource;

        private final String fileName;

        private final String description;

        private final List<Column<T>> columns = new ArrayList<>();

        private final List<ForeignKey> foreignKeys = new ArrayList<>();

        private Builder(String resource, String fileName, String description) {
            this.resource = resource;
            this.fileName = fileName;
            this.description = description;
        }

        Builder<T> column(HsdsField field, Function<T, String> value) {
            columns.add(new Column<>(field, value));
            return this;
        }

        /** A column of ids of {@code referenced}, declared as a foreign key. */
        Builder<T> column(HsdsField field, Function<T, String> value, String referenced) {
            foreignKeys.add(new ForeignKey(field.name(), referenced));
            return column(field, value);
        }

        HsdsTable<T> build() {
            return new HsdsTable<>(resource, fileName, description, columns, foreignKeys);
        }

    }

}
