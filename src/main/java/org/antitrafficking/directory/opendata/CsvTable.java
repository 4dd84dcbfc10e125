package org.antitrafficking.directory.opendata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A table written as RFC 4180 CSV: a header row, CRLF line ends, and a field quoted
 * (quotes doubled) when it holds a comma, a quote or a line break. Empty cells stand for
 * values the sources do not give.
 *
 * <p>
 * A cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return is written after an apostrophe, as OWASP advises against CSV injection, so that
 * no spreadsheet runs it as a formula once editors can write text. A number in the
 * international form, such as a dial number {@code +18883737888}, is left as it is: a
 * spreadsheet reads it as a number, never a formula (import the column as text to keep
 * its plus sign).
 */
public final class CsvTable {

    private static final String LINE_END = "\r\n";

    /**
     * A number such as +18883737888: a spreadsheet takes it for a number, not a formula.
     */
    private static final Pattern INTERNATIONAL_NUMBER = Pattern.compile("\\+[0-9]{1,15}");

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
            throw new IllegalArgumentException(
                    name + ": " + values.length + " values for " + header.size() + " columns");
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

    private static String escape(String value) {
        String field = neutralised(value);
        boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    /**
     * The cell as a spreadsheet may open it safely: formulas' first characters behind an
     * apostrophe.
     */
    static String neutralised(String field) {
        if (field.isEmpty() || "=+-@\t\r".indexOf(field.charAt(0)) < 0
                || INTERNATIONAL_NUMBER.matcher(field).matches()) {
            return field;
        }
        return "'" + field;
    }

}
