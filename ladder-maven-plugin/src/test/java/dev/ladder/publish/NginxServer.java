package dev.ladder.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's nginx serving a built site under {@code /careers/ladder/} on a free loopback port, the way the
 * ladder is published: everything it writes (config, pid, logs, temp files) stays in its own folder.
 */
final class NginxServer implements AutoCloseable {

    static final String BASE_PATH = "/careers/ladder/";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(15);

    private final Process process;
    private final Path prefix;
    private final URI base;

    private NginxServer(Process process, Path prefix, URI base) {
        this.process = process;
        this.prefix = prefix;
        this.base = base;
    }

    /** Starts nginx for {@code site} with its files in {@code prefix}, and waits until it answers. */
    static NginxServer start(BuiltSite site, Path prefix) throws IOException, InterruptedException {
        Files.createDirectories(prefix.resolve("logs"));
        Files.createDirectories(prefix.resolve("temp"));
        int port = freeLoopbackPort();
        Path config = prefix.resolve("nginx.conf");
        Files.writeString(config, config(site, prefix, port));
        Process process = new ProcessBuilder(RequiredTools.NGINX.toString(),
                "-p", prefix + "/", "-c", config.toString(), "-e", prefix.resolve("logs/error.log").toString(),
                "-g", "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(prefix.resolve("logs/stdout.log").toFile())
                .start();
        NginxServer server = new NginxServer(process, prefix, URI.create("http://127.0.0.1:" + port + BASE_PATH));
        server.awaitAnswer();
        return server;
    }

    /** {@code http://127.0.0.1:<port>/careers/ladder/} */
    URI base() {
        return base;
    }

    private static String config(BuiltSite site, Path prefix, int port) {
        String notFound = site.notFoundPage().isPresent()
                ? "    error_page 404 " + BASE_PATH + BuiltSite.NOT_FOUND + ";\n" : "";
        // One process and no user switch: run as root, nginx would otherwise hand requests to a worker
        // running as "nobody", which cannot read a temp folder.
        return "master_process off;\n"
                + "pid " + prefix.resolve("nginx.pid") + ";\n"
                + "error_log " + prefix.resolve("logs/error.log") + " warn;\n"
                + "events { worker_connections 64; }\n"
                + "http {\n"
                + "  access_log " + prefix.resolve("logs/access.log") + ";\n"
                + tempPaths(prefix)
                + "  types {\n"
                + "    text/html html; text/css css; text/javascript js mjs; application/json json;\n"
                + "    application/xml xml; text/plain txt; image/svg+xml svg; image/png png; image/jpeg jpg jpeg;\n"
                + "    image/webp webp; image/gif gif; image/x-icon ico; font/woff woff; font/woff2 woff2;\n"
                + "    application/manifest+json webmanifest;\n"
                + "  }\n"
                + "  default_type application/octet-stream;\n"
                + "  charset utf-8;\n"
                + "  server {\n"
                + "    listen 127.0.0.1:" + port + ";\n"
                + "    server_name localhost;\n"
                + "    location " + BASE_PATH + " { alias " + site.root() + "/; }\n"
                + notFound
                + "  }\n"
                + "}\n";
    }

    private static String tempPaths(Path prefix) {
        StringBuilder paths = new StringBuilder();
        for (String kind : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
            paths.append("  ").append(kind).append("_temp_path ").append(prefix.resolve("temp/" + kind)).append(";\n");
        }
        return paths.toString();
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void awaitAnswer() throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(base.resolve(BuiltSite.HOME))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("nginx stopped at start with exit code " + process.exitValue() + ":\n" + log());
            }
            try {
                client.send(request, HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        close();
        fail("nginx did not answer on " + base + " within " + START_TIMEOUT.toSeconds() + " s:\n" + log());
    }

    /** What nginx wrote to its error log, for failure messages. */
    String log() {
        try {
            Path errors = prefix.resolve("logs/error.log");
            Path output = prefix.resolve("logs/stdout.log");
            return (Files.exists(errors) ? Files.readString(errors) : "")
                    + (Files.exists(output) ? Files.readString(output) : "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
