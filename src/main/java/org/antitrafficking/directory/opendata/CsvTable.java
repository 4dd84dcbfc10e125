package org.antitrafficking.directory.opendata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A table written as RFC 4180 CSV: a header row, CRLF line ends, and a field quoted (quotes doubled)
 * when it holds a comma, a quote or a line break. Empty cells stand for values the sources do not give.
 */
public final class CsvTable {

    private static final String LINE_END = "\r\n";

    private final String name;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public CsvTable(String name, String... header) {
        this.name = name;
        this.header = List.of(header);
    }

    public String name() {
        return name;
    }

    /** Adds a row; values are written with {@code toString()}, nulls as empty cells. */
    public CsvTable row(Object... values) {
        if (values.length != header.size()) {
            throw new IllegalArgumentException(name + ": " + values.length + " values for " + header.size() + " columns");
        }
        rows.add(Arrays.stream(values).map(value -> Objects.toString(value, "")).toList());
        return this;
    }

    public byte[] toBytes() {
        StringBuilder csv = new StringBuilder();
        line(csv, header);
        rows.forEach(row -> line(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(escape(fields.get(i)));
        }
        csv.append(LINE_END);
    }

    private static String escape(String field) {
        boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
