package org.antitrafficking.directory.opendata;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 4180 as written, and cells that a spreadsheet would run kept from running. */
class CsvTableTest {

    @Test
    void shouldQuoteWhatNeedsQuotingAndEndLinesWithCrLf() {
        String csv = csv(new CsvTable("t", "a", "b").row("plain", "with, comma").row("a \"quote\"", null));
        assertThat(csv).isEqualTo("a,b\r\nplain,\"with, comma\"\r\n\"a \"\"quote\"\"\",\r\n");
    }

    /**
     * OWASP's CSV injection: =, +, -, @, tab and carriage return start a formula in a
     * spreadsheet.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~',
            value = { "=HYPERLINK(\"http://evil\")|'=HYPERLINK(\"http://evil\")", "+1+cmd|'+1+cmd", "-2+3|'-2+3",
                    "@SUM(A1)|'@SUM(A1)", "+18883737888|+18883737888", "1-888-373-7888|1-888-373-7888",
                    "Send HELP or INFO|Send HELP or INFO" })
    void shouldKeepASpreadsheetFromRunningACell(String value, String written) {
        assertThat(CsvTable.neutralised(value)).isEqualTo(written);
    }

    @Test
    void shouldNeutraliseATabOrCarriageReturnAtTheStart() {
        assertThat(CsvTable.neutralised("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvTable.neutralised("\r=1")).isEqualTo("'\r=1");
        assertThat(csv(new CsvTable("t", "a").row("=1+1"))).isEqualTo("a\r\n'=1+1\r\n");
    }

    private static String csv(CsvTable table) {
        return new String(table.toBytes(), StandardCharsets.UTF_8);
    }

}
