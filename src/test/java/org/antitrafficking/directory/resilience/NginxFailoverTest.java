package org.antitrafficking.directory.resilience;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.antitrafficking.directory.support.RunningApplication;
import org.antitrafficking.directory.support.TestDatabase;
import org.antitrafficking.testing.EditorStandIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * deploy/nginx/directory.conf as shipped, run by Debian's nginx with a self-signed
 * certificate in front of two instances: it terminates TLS with Mozilla's intermediate
 * ciphers, redirects plain HTTP, passes the visitor's scheme and host and blanks every
 * forwarding header a client could forge, sends HSTS and the security headers on its own
 * answers too, refuses other hosts, keeps no visitor's words, limits how fast a client
 * asks (with a 429 page that gives the numbers to call), answers a request with a cookie
 * or credentials from no cache and keeps nothing of it, neither keeps nor compresses the
 * editors' area, retries on the other instance when one dies, keeps serving stale pages
 * when both are gone until deploy/purge-cache empties its cache, and logs nobody. Only
 * the ports, paths and host name are changed, each by a replacement that must match the
 * file.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("slow")
class NginxFailoverTest {

    private static final Path NGINX = Path.of(System.getProperty("directory.nginx", "/usr/sbin/nginx"));

    private static final Path OPENSSL = Path.of(System.getProperty("directory.openssl", "/usr/bin/openssl"));

    private static final Path CONFIGURATION = Path.of("deploy/nginx/directory.conf");

    private static final Path PURGE = Path.of("deploy/purge-cache");

    private static final String HSTS = "max-age=63072000; includeSubDomains";

    private static Path directory;

    private static TestDatabase.Connection database;

    private static final List<RunningApplication> instances = new ArrayList<>();

    private static Process nginx;

    private static int httpPort;

    private static int tlsPort;

    private static SSLContext tls;

    private static Path certificate;

    private static HttpClient https;

    @BeforeAll
    static void startTwoInstancesBehindNginx() throws Exception {
        assertThat(NGINX).as("nginx; install the Debian package nginx (.ci/run does)").isExecutable();
        assertThat(OPENSSL).as("openssl; install the Debian package openssl (.ci/run does)").isExecutable();
        directory = Files.createTempDirectory("directory-nginx");
        database = TestDatabase.createDatabase("directory_failover");
        for (int i = 0; i < 2; i++) {
            // Shared caches may keep a page one second, so that the last test sees nginx
            // serve it stale.
            // With stand-ins for the editors' area, which does not exist yet.
            instances.add(RunningApplication.startWith(List.of(EditorStandIn.class), database.jdbcUrl(),
                    database.username(), database.password(), "directory.http.shared-max-age=1s"));
        }
        certificate = directory.resolve("cert.pem");
        Path key = directory.resolve("key.pem");
        run(OPENSSL.toString(), "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost", "-keyout", key.toString(), "-out", certificate.toString());
        httpPort = freePort();
        tlsPort = freePort();
        writeConfiguration(certificate, key);
        nginx = new ProcessBuilder(NGINX.toString(), "-p", directory.toString(), "-c", "nginx.conf")
            .redirectErrorStream(true)
            .redirectOutput(directory.resolve("nginx.out").toFile())
            .start();
        awaitPort(tlsPort);
        tls = trusting(certificate);
        https = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stopEverything() throws InterruptedException {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
        instances.forEach(RunningApplication::close);
        if (database != null) {
            TestDatabase.drop(database);
        }
        if (directory != null) {
            FileSystemUtils.deleteRecursively(directory.toFile());
        }
    }

    @Test
    @Order(1)
    void shouldSendPlainHttpToHttps() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/hotlines")).build(),
                    HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue("https://localhost/hotlines");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy"))
            .hasValueSatisfying(policy -> assertThat(policy).contains("default-src 'none'"));
        assertThat(response.headers().firstValue("Server")).hasValue("nginx");
    }

    /**
     * The instances trust forwarded headers, so nothing but the proxy on this machine may
     * reach them.
     */
    @Test
    @Order(1)
    void shouldLetOnlyThisMachineReachTheInstances() throws Exception {
        List<java.net.InetAddress> outside = java.util.Collections
            .list(java.net.NetworkInterface.getNetworkInterfaces())
            .stream()
            .filter(face -> {
                try {
                    return face.isUp() && !face.isLoopback();
                }
                catch (SocketException ex) {
                    return false;
                }
            })
            .flatMap(face -> java.util.Collections.list(face.getInetAddresses()).stream())
            .filter(address -> address instanceof java.net.Inet4Address)
            .toList();
        assertThat(instances.get(0).get("/hotlines").status()).isEqualTo(200);
        for (java.net.InetAddress address : outside) {
            assertThatThrownBy(() -> new Socket(address, instances.get(0).port()).close())
                .as("an instance at %s", address)
                .isInstanceOf(IOException.class);
        }
    }

    @Test
    @Order(2)
    void shouldServeOverTlsWithTheVisitorsAddressAndHsts() throws Exception {
        HttpResponse<String> hotlines = get("/hotlines/national-human-trafficking-hotline");
        assertThat(hotlines.statusCode()).isEqualTo(200);
        assertThat(hotlines.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(hotlines.body()).contains("1-888-373-7888");
        assertThat(hotlines.headers().allValues("Strict-Transport-Security")).as("once, from nginx")
            .containsExactly(HSTS);
        assertThat(hotlines.headers().firstValue("Server")).as("server_tokens off").hasValue("nginx");
        assertThat(get("/sitemap.xml").body()).contains("<loc>https://localhost:" + tlsPort + "/hotlines</loc>");
    }

    /** Mozilla's intermediate configuration: forward secrecy always, TLS 1.2 at least. */
    @Test
    @Order(2)
    void shouldRefuseACipherWithoutForwardSecrecy() throws Exception {
        // A context of its own, so that no session of these handshakes is resumed by
        // another test's.
        SSLContext own = trusting(certificate);
        try (SSLSocket socket = (SSLSocket) own.getSocketFactory().createSocket("127.0.0.1", tlsPort)) {
            socket.setEnabledProtocols(new String[] { "TLSv1.2" });
            socket.setEnabledCipherSuites(new String[] { "TLS_RSA_WITH_AES_128_GCM_SHA256" });
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setServerNames(List.of(new SNIHostName("localhost")));
            socket.setSSLParameters(parameters);
            assertThatThrownBy(socket::startHandshake).isInstanceOf(SSLException.class);
        }
        try (SSLSocket socket = (SSLSocket) own.getSocketFactory().createSocket("127.0.0.1", tlsPort)) {
            socket.setEnabledProtocols(new String[] { "TLSv1.2" });
            socket.setEnabledCipherSuites(new String[] { "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256" });
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setServerNames(List.of(new SNIHostName("localhost")));
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            assertThat(socket.getSession().getCipherSuite()).isEqualTo("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");
        }
    }

    @Test
    @Order(3)
    void shouldRefuseARequestForAnyOtherHost() throws Exception {
        assertThat(exchangePlain("evil.example")).as("plain HTTP for another host").isEmpty();
        assertThat(exchangePlain("localhost")).as("plain HTTP for this host").startsWith("HTTP/1.1 301");

        assertThatThrownBy(() -> exchangeTls("evil.example", "evil.example")).as("TLS naming another host")
            .isInstanceOf(SSLException.class);
        assertThat(exchangeTls("localhost", "evil.example")).as("TLS for this host, a request for another").isEmpty();
        assertThat(exchangeTls("localhost", "localhost")).as("TLS and a request for this host")
            .startsWith("HTTP/1.1 200");
    }

    @Test
    @Order(4)
    void shouldIgnoreForwardedHeadersAClientSends() throws Exception {
        HttpResponse<String> sitemap = https
            .send(HttpRequest.newBuilder(URI.create("https://localhost:" + tlsPort + "/sitemap.xml"))
                .header("Forwarded", "host=evil.example;proto=http")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "http")
                .header("X-Forwarded-Server", "evil.example")
                .header("X-Forwarded-Port", "81")
                .header("X-Forwarded-For", "203.0.113.7")
                .timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sitemap.statusCode()).isEqualTo(200);
        assertThat(sitemap.body()).contains("<loc>https://localhost:" + tlsPort + "/hotlines</loc>")
            .doesNotContain("evil.example");
    }

    /**
     * Jetty believes X-Proxied-Https, Proxy-ssl-id and Proxy-auth-cert too: a client
     * sending "X-Proxied-Https: off" once got a page without HSTS, which nginx then kept
     * for everyone.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @Order(4)
    @CsvSource({ "X-Proxied-Https, off", "Proxy-ssl-id, forged", "Proxy-auth-cert, forged",
            "X-Forwarded-Server, evil.example" })
    void shouldBlankEveryForwardingHeaderAClientSends(String header, String value) throws Exception {
        HttpResponse<String> forged = https
            .send(HttpRequest.newBuilder(URI.create("https://localhost:" + tlsPort + "/sitemap.xml"))
                .header(header, value)
                .timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(200);
        assertThat(forged.body()).contains("<loc>https://localhost:" + tlsPort + "/hotlines</loc>");
        assertThat(forged.headers().allValues("Strict-Transport-Security")).containsExactly(HSTS);
        assertThat(get("/sitemap.xml").headers().allValues("Strict-Transport-Security")).as("as kept for everyone")
            .containsExactly(HSTS);
    }

    /**
     * A visitor's words are in no file of nginx's cache; the assets are kept once,
     * whatever their query.
     */
    @Test
    @Order(5)
    void shouldKeepNoVisitorsWordsAndOneCopyOfEachAsset() throws Exception {
        for (String path : List.of("/programs?q=myhusbandhitsme", "/search?q=myhusbandhitsme",
                "/api/v1/programs?q=myhusbandhitsme", "/hsds/services?search=myhusbandhitsme")) {
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> response = get(path);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
            }
        }
        String stylesheet = extractStylesheet(get("/").body());
        for (int i = 0; i < 5; i++) {
            assertThat(get(stylesheet + "?x=" + i).statusCode()).isEqualTo(200);
        }
        List<String> kept = keptFiles();
        assertThat(kept).isNotEmpty().noneMatch(file -> file.contains("myhusbandhitsme"));
        assertThat(kept.stream().filter(file -> file.contains("KEY: httpslocalhost" + stylesheet))).hasSize(1);
        assertThat(kept).noneMatch(file -> file.contains(stylesheet + "?x="));
    }

    /**
     * An editor's browser sends its session cookie with every page: such a request, or
     * one with credentials, is answered by an instance, never from the cache, and nothing
     * of it is kept, even where the instance would let it be (an asset is public whoever
     * asks). The editors' area is kept by no cache and compressed by no one, whatever its
     * headers say.
     */
    @Test
    @Order(5)
    void shouldNeitherAnswerNorKeepARequestWithACookieOrCredentials() throws Exception {
        assertThat(Files.readString(CONFIGURATION)).as("nginx then keeps answers that set a cookie")
            .doesNotContainPattern("(?m)^\\s*proxy_ignore_headers");
        List<String[]> credentials = List.of(new String[] { "Cookie", "JSESSIONID=editor" },
                new String[] { "Authorization", "Basic ZWRpdG9yOnNlY3JldA==" });
        String page = "/departments/dhs";
        for (String[] credential : credentials) {
            assertThat(get(page, credential).headers().firstValue("Cache-Control")).hasValue("no-store");
        }
        assertThat(kept(page)).as("kept from a request with credentials").isEmpty();
        assertThat(get(page).headers().firstValue("Cache-Control"))
            .hasValueSatisfying(value -> assertThat(value).startsWith("public"));
        assertThat(kept(page)).as("kept for everyone").hasSize(1);
        for (String[] credential : credentials) {
            HttpResponse<String> answer = get(page, credential);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Cache-Control")).as("the instance's answer, not the kept one")
                .hasValue("no-store");
            assertThat(answer.headers().firstValue("ETag")).isEmpty();
        }
        assertThat(kept(page)).singleElement()
            .satisfies(file -> assertThat(file).contains("Cache-Control: public").doesNotContain("no-store"));

        String script = extractAsset(get("/").body(), "src=\"(/assets/site[^\"]*\\.js)\"");
        for (String asset : List.of(script, "/favicon.ico")) {
            for (String[] credential : credentials) {
                assertThat(get(asset, credential).headers().firstValue("Cache-Control")).as(asset)
                    .hasValueSatisfying(value -> assertThat(value).contains("public"));
            }
            assertThat(kept(asset)).as("%s kept from a request with credentials", asset).isEmpty();
            get(asset);
            assertThat(kept(asset)).as("%s kept for everyone", asset).hasSize(1);
        }

        // The editors' real sign-in page, with its CSRF token: behind Spring Security, so
        // a stand-in page there would only be redirected to it.
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> editor = get("/editor/sign-in", "Accept-Encoding", "gzip");
            assertThat(editor.statusCode()).isEqualTo(200);
            assertThat(editor.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
            assertThat(editor.headers().firstValue("Content-Encoding")).as("compressed").isEmpty();
            assertThat(editor.body()).contains("name=\"_csrf\"");
        }
        assertThat(keptFiles()).noneMatch(file -> file.contains("KEY: httpslocalhost/editor"));
    }

    /**
     * Too fast a client gets nginx's own short page: the numbers to call, and the
     * security headers.
     */
    @Test
    @Order(6)
    void shouldSlowDownAClientThatAsksTooFast() throws Exception {
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            answers.add(get("/api/v1/hotlines?n=" + i));
        }
        List<HttpResponse<String>> refused = answers.stream().filter(answer -> answer.statusCode() == 429).toList();
        assertThat(refused).as("answers beyond the burst").hasSizeGreaterThan(15);
        HttpResponse<String> page = refused.get(0);
        assertThat(page.body()).contains("Too many requests")
            .contains("href=\"tel:911\"")
            .contains("href=\"tel:+18883737888\"")
            .contains("href=\"sms:233733\"");
        assertThat(page.headers().allValues("Strict-Transport-Security")).containsExactly(HSTS);
        assertThat(page.headers().firstValue("Content-Security-Policy"))
            .hasValueSatisfying(policy -> assertThat(policy).contains("default-src 'none'"));
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        // The pages' own allowance is larger, and both refill: a second later, a visitor
        // is served again.
        Thread.sleep(3000);
        assertThat(get("/hotlines").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(7)
    void shouldRetryOnTheOtherInstanceWhenOneDiesAndServeStalePagesWhenBothHave() throws Exception {
        assertThat(get("/hotlines").statusCode()).isEqualTo(200);
        instances.get(0).close();
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            // Searches are never kept by nginx, so each of these reaches an instance;
            // four a second,
            // within what one client may ask for.
            String path = "/search?q=visa" + "+visa".repeat(i % 3);
            statuses.put(i + " " + path, get(path).statusCode());
            Thread.sleep(250);
        }
        assertThat(statuses).allSatisfy((path, status) -> assertThat(status).as(path).isEqualTo(200));

        // Past its one second of s-maxage, the kept page is stale: nginx may serve it
        // only as
        // stale-if-error allows.
        Thread.sleep(1500);
        instances.get(1).close();
        HttpResponse<String> cached = get("/hotlines");
        assertThat(cached.statusCode()).as("a stale page nginx keeps, with no instance left").isEqualTo(200);
        assertThat(cached.body()).contains("1-888-373-7888");
    }

    /**
     * A wrong number must not live on for the day stale-if-error allows: the purge takes
     * it at once.
     */
    @Test
    @Order(8)
    void shouldForgetEveryKeptPageWhenPurgedAndSayItIsUnavailable() throws Exception {
        Process purge = new ProcessBuilder(PURGE.toString(), directory.resolve("cache").toString())
            .redirectErrorStream(true)
            .start();
        String said = new String(purge.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(purge.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(purge.exitValue()).as(said).isZero();
        assertThat(keptFiles()).isEmpty();
        HttpResponse<String> gone = get("/hotlines");
        assertThat(gone.statusCode()).as("nothing kept, no instance").isEqualTo(502);
        assertThat(gone.body()).contains("briefly unavailable")
            .contains("href=\"tel:911\"")
            .contains("href=\"tel:+18883737888\"")
            .contains("href=\"sms:233733\"")
            .doesNotContain("nginx/");
        assertThat(gone.headers().allValues("Strict-Transport-Security")).containsExactly(HSTS);
        assertThat(gone.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    /**
     * After every request above, refused ones and failures among them, no file nginx
     * wrote names a client.
     */
    @Test
    @Order(9)
    void shouldHaveLoggedNobody() throws IOException {
        List<Path> logs;
        try (var files = Files.walk(directory)) {
            logs = files.filter(Files::isRegularFile)
                .filter(file -> !file.startsWith(directory.resolve("cache"))
                        && !file.startsWith(directory.resolve("temp")))
                .filter(file -> file.getFileName().toString().endsWith(".log")
                        || file.getFileName().toString().endsWith(".out"))
                .toList();
        }
        assertThat(logs).extracting(path -> path.getFileName().toString()).doesNotContain("access.log");
        for (Path log : logs) {
            String text = Files.readString(log);
            assertThat(text).as("%s", log.getFileName())
                .doesNotContain("client:")
                .doesNotContain("127.0.0.1")
                .doesNotContain("203.0.113.7")
                .doesNotContain("myhusbandhitsme");
        }
    }

    private static String extractStylesheet(String page) {
        return extractAsset(page, "href=\"(/assets/site[^\"]*\\.css)\"");
    }

    private static String extractAsset(String page, String pattern) {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile(pattern).matcher(page);
        assertThat(link.find()).as(pattern).isTrue();
        return link.group(1);
    }

    /** The files nginx keeps for a request at {@code path} (path and query). */
    private static List<String> kept(String path) throws IOException {
        return keptFiles().stream().filter(file -> file.contains("KEY: httpslocalhost" + path + "\n")).toList();
    }

    /** The text of every file nginx keeps in its cache, its key line among it. */
    private static List<String> keptFiles() throws IOException {
        try (var files = Files.walk(directory.resolve("cache"))) {
            return files.filter(Files::isRegularFile).map(file -> {
                try {
                    return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                }
                catch (IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            }).toList();
        }
    }

    /** A GET of {@code path}, with the given header names and values. */
    private static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://localhost:" + tlsPort + path))
            .timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return https.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * What nginx answers on the plain port to a GET naming {@code host}; empty when it
     * closes without a word.
     */
    private static String exchangePlain(String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", httpPort)) {
            return exchange(socket, host);
        }
    }

    /**
     * The same over TLS, the handshake naming {@code serverName} and the request naming
     * {@code host}.
     */
    private static String exchangeTls(String serverName, String host) throws IOException {
        try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket("127.0.0.1", tlsPort)) {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setServerNames(List.of(new SNIHostName(serverName)));
            parameters.setApplicationProtocols(new String[] { "http/1.1" });
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            return exchange(socket, host);
        }
    }

    private static String exchange(Socket socket, String host) throws IOException {
        socket.setSoTimeout(10_000);
        socket.getOutputStream()
            .write(("GET /hotlines HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        try {
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        catch (SocketException closed) {
            return "";
        }
    }

    private static void writeConfiguration(Path certificate, Path key) throws IOException {
        Map<String, String> replacements = new LinkedHashMap<>();
        replacements.put("127.0.0.1:8081", "127.0.0.1:" + instances.get(0).port());
        replacements.put("127.0.0.1:8082", "127.0.0.1:" + instances.get(1).port());
        replacements.put("listen 80 default_server;", "listen 127.0.0.1:" + httpPort + " default_server;");
        replacements.put("listen 443 ssl default_server;", "listen 127.0.0.1:" + tlsPort + " ssl default_server;");
        replacements.put("listen 80;", "listen 127.0.0.1:" + httpPort + ";");
        replacements.put("listen 443 ssl http2;", "listen 127.0.0.1:" + tlsPort + " ssl http2;");
        replacements.put("server_name directory.example.org;", "server_name localhost;");
        replacements.put("/etc/ssl/directory/fullchain.pem", certificate.toString());
        replacements.put("/etc/ssl/directory/privkey.pem", key.toString());
        replacements.put("/var/cache/nginx/directory", directory.resolve("cache").toString());
        replacements.put("/etc/nginx/directory/ffdhe2048.pem",
                Path.of("deploy/nginx/ffdhe2048.pem").toAbsolutePath().toString());
        replacements.put("/etc/nginx/directory/errors/", Path.of("deploy/nginx/errors").toAbsolutePath() + "/");
        String site = Files.readString(CONFIGURATION);
        for (Map.Entry<String, String> replacement : replacements.entrySet()) {
            assertThat(site).as("deploy/nginx/directory.conf").contains(replacement.getKey());
            site = site.replace(replacement.getKey(), replacement.getValue());
        }
        Files.writeString(directory.resolve("directory.conf"), site);
        for (String folder : List.of("cache", "temp/client", "temp/proxy", "temp/fastcgi", "temp/uwsgi", "temp/scgi")) {
            Files.createDirectories(directory.resolve(folder)).toFile().setWritable(true, false);
        }
        directory.resolve("temp").toFile().setWritable(true, false);
        // As root, nginx runs its worker as another user, which must reach the cache and
        // temp folders.
        Files.writeString(directory.resolve("nginx.conf"), """
                daemon off;
                worker_processes 1;
                pid nginx.pid;
                error_log error.log warn;
                events { worker_connections 256; }
                http {
                    # As Debian's nginx.conf has it.
                    gzip on;
                    client_body_temp_path temp/client;
                    proxy_temp_path temp/proxy;
                    fastcgi_temp_path temp/fastcgi;
                    uwsgi_temp_path temp/uwsgi;
                    scgi_temp_path temp/scgi;
                    include directory.conf;
                }
                """);
        directory.toFile().setExecutable(true, false);
    }

    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            trusted.setCertificateEntry("nginx", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(directory.resolve("openssl.out").toFile())
            .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("%s (see %s)", command[0], directory.resolve("openssl.out")).isZero();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitPort(int port) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            }
            catch (IOException notYet) {
                assertThat(nginx.isAlive()).as("nginx is running: %s", Files.exists(directory.resolve("error.log"))
                        ? Files.readString(directory.resolve("error.log")) : "")
                    .isTrue();
                assertThat(System.nanoTime()).as("nginx listening on %d", port).isLessThan(deadline);
                Thread.sleep(100);
            }
        }
    }

}
