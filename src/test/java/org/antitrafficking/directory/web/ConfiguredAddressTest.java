package org.antitrafficking.directory.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.antitrafficking.directory.support.UseTestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the site's address configured, as in production, the responses that name the site
 * name that address, whatever host a request claims through forwarded headers: a forged
 * request can neither change what it gets nor what the next visitor gets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "directory.base-url=https://directory.example.org")
@UseTestDatabase
@Tag("slow")
class ConfiguredAddressTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/sitemap.xml", "/robots.txt", "/v3/api-docs", "/data.json", "/",
            "/hotlines/national-human-trafficking-hotline" })
    void shouldNameTheConfiguredAddressWhateverHostARequestClaims(String path) throws Exception {
        String forged = get(path, "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "http", "Forwarded",
                "host=evil.example;proto=http");
        String own = get(path);
        assertThat(forged).doesNotContain("evil.example");
        assertThat(own).doesNotContain("evil.example").doesNotContain("localhost");
        assertThat(own).contains("https://directory.example.org");
    }

    private String get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

}
