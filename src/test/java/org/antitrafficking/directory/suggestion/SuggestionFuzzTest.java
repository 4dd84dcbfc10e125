package org.antitrafficking.directory.suggestion;

import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.antitrafficking.directory.support.PageSafety;
import org.antitrafficking.directory.support.UseTestDatabase;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of random and hostile submissions over real HTTP, to Jetty as deployed:
 * markup and scripts, SQL, template expressions, control characters, broken surrogates,
 * huge and empty values, invalid UTF-8, wrong character sets and content types, odd
 * client addresses and other sites' headers. None gets a 5xx, and no page echoes a value
 * unescaped: no script, event handler or {@code javascript:} link of a visitor's ever
 * appears in a page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "directory.quick-exit-url=about:blank")
@UseTestDatabase
@Tag("slow")
class SuggestionFuzzTest {

    private static final Logger log = LoggerFactory.getLogger(SuggestionFuzzTest.class);

    private static final int SUBMISSIONS = Integer.getInteger("directory.fuzz.submissions", 3000);

    private static final long SEED = Long.getLong("directory.fuzz.seed", 14L);

    private static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "\"><script>alert(1)</script>",
            "'><img src=x onerror=alert(1)>", "</textarea><script>alert(1)</script>",
            "</option></select><svg/onload=alert(1)>", "javascript:alert(1)", "' OR '1'='1",
            "'; DROP TABLE suggestion; --", "1; SELECT pg_sleep(10)", "${7*7}", "#{7*7}", "[[${7*7}]]",
            "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x", "{{7*7}}", "\r\nSet-Cookie: x=1",
            "../../etc/passwd", "\u0000", "nul\u0000inside", "\u202Ereversed", "\uD800", "\uDFFF\uD800", "\uFFFE",
            "&lt;script&gt;", "<!--", "]]>", "\\", "e\u0301".repeat(500), "😀".repeat(1500), "\u001b[31mred",
            "\t\n\r\u000b\u000c", " ", "", "<a href=\"javascript:alert(1)\">x</a>", "<iframe src=//evil>",
            "\" onfocus=\"alert(1)\" autofocus=\"", "%3Cscript%3E", "+ADw-script+AD4-");

    /** Jetty's limit on the size of a form, in bytes (and so in ASCII characters). */
    private static final int FORM_LIMIT = 200_000;

    private static final String MARKUP = "<>&\"'`=/\\;%#{}$";

    private static final List<String> BROKEN_UTF8 = List.of("%C3%28", "%ED%A0%80", "%F8%88%80%80%80", "%FF%FE",
            "%C0%AF", "%E2%82", "%", "%zz", "%00", "%C3");

    private static final List<String> FIELDS = List.of("hours", "description", "channel-1-value", "name", "website",
            "nonsense", "", "<script>", "hours&field=name");

    private static final List<String> CONTENT_TYPES = List.of("application/x-www-form-urlencoded",
            "application/x-www-form-urlencoded; charset=ISO-8859-1",
            "application/x-www-form-urlencoded; charset=UTF-16", "application/x-www-form-urlencoded; charset=bogus",
            "text/plain", "application/json", "multipart/form-data; boundary=xyz", "multipart/form-data");

    /** Mostly none, so the browser's own same-origin; sometimes another site's. */
    private static final List<String[]> ORIGINS = List.of(new String[0], new String[0], new String[0], new String[0],
            new String[0], new String[0], new String[0], new String[0], new String[] { "Sec-Fetch-Site", "cross-site" },
            new String[] { "Origin", "https://attacker.example" }, new String[] { "Origin", "null" },
            new String[] { "Sec-Fetch-Site", "<script>" });

    private static final List<String> ADDRESSES = List.of("<script>", "1.2.3.4, 5.6.7.8", "::1", "unknown",
            "999.999.999.999", "", "2001:db8::1");

    @LocalServerPort
    int port;

    @Autowired
    DailyKeys keys;

    private final Random random = new Random(SEED);

    @Test
    void shouldNeverFailNorEchoAValueUnescaped() {
        Submissions tokens = new Submissions(null, keys);
        String token = tokens.filledToken("hotline", "hsi-tip-line");
        String blankForm = HttpSubmissions.post(port, Submissions.FORM, Map.of(), "10.0.0.1").body();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            putMaybe(fields, "field", pick(FIELDS));
            putMaybe(fields, "proposed", value());
            putMaybe(fields, "evidence", value());
            putMaybe(fields, "reply", value());
            putMaybe(fields, "homepage", (random.nextInt(10) == 0) ? value() : "");
            putMaybe(fields, "token", (random.nextInt(10) < 7) ? token : value());
            if (random.nextInt(20) == 0) {
                fields.put(value(), value());
            }
            String path = (random.nextInt(20) == 0) ? "/suggest/" + encode(value()) + "/" + encode(value())
                    : Submissions.FORM;
            String address = (random.nextInt(30) == 0) ? pick(ADDRESSES)
                    : "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256);
            int characters = fields.entrySet()
                .stream()
                .mapToInt(field -> field.getKey().length() + field.getValue().length())
                .sum();
            HttpResponse<String> answer;
            try {
                answer = send(path, fields, address);
            }
            catch (UncheckedIOException ex) {
                // Jetty refuses a form past its limit with a 400 and closes the
                // connection
                // without reading the rest, so a client still sending may see only the
                // close, and the next request may have been sent on that connection.
                if (characters > FORM_LIMIT) {
                    statuses.merge(0, 1, Integer::sum);
                    continue;
                }
                answer = sendAgain(i, path, fields, address);
            }
            statuses.merge(answer.statusCode(), 1, Integer::sum);
            assertThat(answer.statusCode())
                .as("answer %d from %s to %s: %s", i, address, path, printable(fields.toString()))
                .isBetween(200, 499);
            assertNothingEchoedUnescaped(answer, fields, blankForm);
        }
        log.info("{} submissions (seed {}), by status: {}", SUBMISSIONS, SEED, statuses);
        assertThat(statuses).as("stored, refused and shown again, from another site").containsKeys(303, 400, 403);
        assertThat(statuses.get(400)).isGreaterThan(SUBMISSIONS / 4);
    }

    private HttpResponse<String> sendAgain(int i, String path, Map<String, String> fields, String address) {
        try {
            return HttpSubmissions.post(port, path, fields, address);
        }
        catch (UncheckedIOException ex) {
            throw new AssertionError("submission %d from %s to %s got no answer twice: %s".formatted(i, address, path,
                    printable(fields.toString())), ex);
        }
    }

    private HttpResponse<String> send(String path, Map<String, String> fields, String address) {
        int encoding = random.nextInt(20);
        String[] origin = pick(ORIGINS);
        if (encoding < 14) {
            return HttpSubmissions.post(port, path, fields, address, origin);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> {
            if (body.size() > 0) {
                body.write('&');
            }
            body.writeBytes((encode(name) + "=" + encode(value)).getBytes(StandardCharsets.UTF_8));
            if (encoding < 17) {
                body.writeBytes(pick(BROKEN_UTF8).getBytes(StandardCharsets.US_ASCII));
            }
            else {
                body.writeBytes(new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0x80 });
            }
        });
        return HttpSubmissions.postBytes(port, path, body.toByteArray(), pick(CONTENT_TYPES), address, origin);
    }

    private String value() {
        return switch (random.nextInt(12)) {
            case 0, 1, 2, 3 -> pick(HOSTILE);
            case 4 -> pick(HOSTILE) + pick(HOSTILE) + randomText(20);
            case 5 -> "";
            case 6 -> (random.nextInt(10) == 0) ? "x".repeat(150_000 + random.nextInt(200_000))
                    : "y".repeat(1 + random.nextInt(3000));
            default -> randomText(1 + random.nextInt(80));
        };
    }

    private String randomText(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            if (kind < 5) {
                text.append((char) (' ' + random.nextInt(95)));
            }
            else if (kind < 7) {
                text.append(MARKUP.charAt(random.nextInt(MARKUP.length())));
            }
            else if (kind < 8) {
                text.append((char) random.nextInt(32));
            }
            else {
                text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
            }
        }
        return text.toString();
    }

    private void putMaybe(Map<String, String> fields, String name, String value) {
        if (random.nextInt(15) != 0) {
            fields.put(name, value);
        }
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The text with every character outside printable ASCII as a Java escape. */
    private static String printable(String text) {
        StringBuilder printable = new StringBuilder();
        text.chars()
            .forEach(c -> printable.append((c >= ' ' && c < 127) ? String.valueOf((char) c) : "\\u%04x".formatted(c)));
        return printable.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void assertNothingEchoedUnescaped(HttpResponse<String> answer, Map<String, String> fields,
            String blankForm) {
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("text/html")) {
            return;
        }
        String body = answer.body();
        for (String value : fields.values()) {
            if (value.length() > 3 && (value.contains("<") || value.contains("\"")) && !blankForm.contains(value)) {
                assertThat(body).as("a value with markup, as sent").doesNotContain(value);
            }
        }
        assertThat(PageSafety.problemsOf(body)).as("what a visitor's words made of the page").isEmpty();
        assertThat(Jsoup.parse(body).select("textarea")).hasSizeLessThanOrEqualTo(2);
    }

}
