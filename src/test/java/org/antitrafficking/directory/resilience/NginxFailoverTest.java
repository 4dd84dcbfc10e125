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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * deploy/nginx/directory.conf as shipped, run by Debian's nginx with a self-signed certificate in front
 * of two instances: it terminates TLS, redirects plain HTTP, passes the visitor's scheme and host so
 * the instances send HSTS and their own address (never one a client forged), refuses other hosts,
 * retries on the other instance when one dies, and keeps serving stale pages when both are gone. Only the ports, paths and host name are changed,
 * each by a replacement that must match the file.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NginxFailoverTest {

    private static final Path NGINX = Path.of(System.getProperty("directory.nginx", "/usr/sbin/nginx"));
    private static final Path OPENSSL = Path.of(System.getProperty("directory.openssl", "/usr/bin/openssl"));
    private static final Path CONFIGURATION = Path.of("deploy/nginx/directory.conf");

    private static Path directory;
    private static TestDatabase.Connection database;
    private static final List<RunningApplication> instances = new ArrayList<>();
    private static Process nginx;
    private static int httpPort;
    private static int tlsPort;
    private static SSLContext tls;
    private static HttpClient https;

    @BeforeAll
    static void startTwoInstancesBehindNginx() throws Exception {
        assertThat(NGINX).as("nginx; install the Debian package nginx (.ci/run does)").isExecutable();
        assertThat(OPENSSL).as("openssl; install the Debian package openssl (.ci/run does)").isExecutable();
        directory = Files.createTempDirectory("directory-nginx");
        database = TestDatabase.createDatabase("directory_failover");
        for (int i = 0; i < 2; i++) {
            // Shared caches may keep a page one second, so that the last test sees nginx serve it stale.
            instances.add(RunningApplication.start(database.jdbcUrl(), database.username(), database.password(),
                    "directory.http.shared-max-age=1s"));
        }
        Path certificate = directory.resolve("cert.pem");
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
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + httpPort + "/hotlines")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue("https://localhost/hotlines");
    }

    @Test
    @Order(2)
    void shouldServeOverTlsWithTheVisitorsAddressAndHsts() throws Exception {
        HttpResponse<String> hotlines = get("/hotlines/national-human-trafficking-hotline");
        assertThat(hotlines.statusCode()).isEqualTo(200);
        assertThat(hotlines.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(hotlines.body()).contains("1-888-373-7888");
        assertThat(hotlines.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=63072000; includeSubDomains");
        assertThat(get("/sitemap.xml").body()).contains("<loc>https://localhost:" + tlsPort + "/hotlines</loc>");
    }

    @Test
    @Order(3)
    void shouldRefuseARequestForAnyOtherHost() throws Exception {
        assertThat(exchangePlain("evil.example")).as("plain HTTP for another host").isEmpty();
        assertThat(exchangePlain("localhost")).as("plain HTTP for this host").startsWith("HTTP/1.1 301");

        assertThatThrownBy(() -> exchangeTls("evil.example", "evil.example")).as("TLS naming another host")
            .isInstanceOf(SSLException.class);
        assertThat(exchangeTls("localhost", "evil.example")).as("TLS for this host, a request for another").isEmpty();
        assertThat(exchangeTls("localhost", "localhost")).as("TLS and a request for this host").startsWith("HTTP/1.1 200");
    }

    @Test
    @Order(4)
    void shouldIgnoreForwardedHeadersAClientSends() throws Exception {
        HttpResponse<String> sitemap = https.send(HttpRequest.newBuilder(
                URI.create("https://localhost:" + tlsPort + "/sitemap.xml?from=client"))
            .header("Forwarded", "host=evil.example;proto=http")
            .header("X-Forwarded-Host", "evil.example")
            .header("X-Forwarded-Proto", "http")
            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sitemap.statusCode()).isEqualTo(200);
        assertThat(sitemap.body()).contains("<loc>https://localhost:" + tlsPort + "/hotlines</loc>")
            .doesNotContain("evil.example");
    }

    @Test
    @Order(5)
    void shouldRetryOnTheOtherInstanceWhenOneDiesAndServeStalePagesWhenBothHave() throws Exception {
        assertThat(get("/hotlines").statusCode()).isEqualTo(200);
        instances.get(0).close();
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            // Searches are never kept by nginx, so each of these reaches an instance.
            String path = "/search?q=visa&n=" + i;
            statuses.put(path, get(path).statusCode());
        }
        assertThat(statuses).allSatisfy((path, status) -> assertThat(status).as(path).isEqualTo(200));

        // Past its one second of s-maxage, the kept page is stale: nginx may serve it only as
        // stale-if-error allows.
        Thread.sleep(1500);
        instances.get(1).close();
        HttpResponse<String> cached = get("/hotlines");
        assertThat(cached.statusCode()).as("a stale page nginx keeps, with no instance left").isEqualTo(200);
        assertThat(cached.body()).contains("1-888-373-7888");
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return https.send(HttpRequest.newBuilder(URI.create("https://localhost:" + tlsPort + path))
            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What nginx answers on the plain port to a GET naming {@code host}; empty when it closes without a word. */
    private static String exchangePlain(String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", httpPort)) {
            return exchange(socket, host);
        }
    }

    /** The same over TLS, the handshake naming {@code serverName} and the request naming {@code host}. */
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
        socket.getOutputStream().write(("GET /hotlines HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
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
        // As root, nginx runs its worker as another user, which must reach the cache and temp folders.
        Files.writeString(directory.resolve("nginx.conf"), """
                daemon off;
                worker_processes 1;
                pid nginx.pid;
                error_log error.log warn;
                events { worker_connections 256; }
                http {
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
            .redirectOutput(directory.resolve("openssl.out").toFile()).start();
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
                        ? Files.readString(directory.resolve("error.log")) : "").isTrue();
                assertThat(System.nanoTime()).as("nginx listening on %d", port).isLessThan(deadline);
                Thread.sleep(100);
            }
        }
    }
}
