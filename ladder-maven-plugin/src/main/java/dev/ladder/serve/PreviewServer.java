package dev.ladder.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves the preview's site folder as a web host would (content types, {@code 404.html}, the base URL's
 * sub-path, folders to their {@code index.html}), with the preview's script put into each HTML page, and
 * the preview's own files under {@link #TOOLS}.
 */
final class PreviewServer implements AutoCloseable {

    /** Where the preview's script, overlay and event stream are served; no site path starts so. */
    static final String TOOLS = "/__ladder/";

    private final HttpServer server;
    private final ExecutorService executor;
    private final SiteBuilds builds;
    private final SitePaths paths;
    private final ServeOptions options;
    private final boolean localOnly;
    private final PreviewPages pages;
    private final EventStream events = new EventStream();

    private PreviewServer(HttpServer server, ExecutorService executor, SiteBuilds builds, SitePaths paths,
                          ServeOptions options) {
        this.server = server;
        this.executor = executor;
        this.builds = builds;
        this.paths = paths;
        this.options = options;
        this.localOnly = options.loopbackOnly();
        this.pages = PreviewPages.of(TOOLS, paths.base());
    }

    /** Binds the address; serving starts with {@link #start}. */
    static PreviewServer bind(ServeOptions options, SiteBuilds builds) throws ServeException {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 64);
        } catch (BindException e) {
            throw new ServeException("port " + options.port() + " on " + options.host() + " is in use by another "
                    + "program (perhaps another preview); stop it, or choose a free port with -Dladder.port="
                    + (options.port() == 65_535 ? 1313 : options.port() + 1));
        } catch (IOException | IllegalArgumentException e) {
            throw new ServeException("cannot listen on " + options.host() + " port " + options.port() + " ("
                    + e.getMessage() + "); check -Dladder.host and -Dladder.port");
        }
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = runnable -> {
            Thread thread = new Thread(runnable, "ladder-serve-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ExecutorService executor = Executors.newCachedThreadPool(threads);
        server.setExecutor(executor);
        PreviewServer preview = new PreviewServer(server, executor, builds,
                SitePaths.of(options.build().baseUrl()), options);
        server.createContext("/", preview::site);
        server.createContext(TOOLS, preview::tools);
        return preview;
    }

    void start() {
        server.start();
    }

    /** The address of the site's home page. */
    URI address() {
        InetSocketAddress bound = server.getAddress();
        String host = bound.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort()
                + paths.base());
    }

    /** Tells open pages that a build finished. */
    void publish(BuildEvent event) {
        events.publish(event);
    }

    private void site(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!allowed(exchange)) {
                return;
            }
            String raw = exchange.getRequestURI().getRawPath();
            if (raw != null && (raw + "/").equals(paths.base())) {
                redirect(exchange, paths.base());
                return;
            }
            Optional<String> sitePath = paths.sitePath(raw);
            if (sitePath.isEmpty()) {
                builds.read(() -> notFound(exchange, ""));
                return;
            }
            builds.read(() -> answer(exchange, raw, sitePath.get()));
        }
    }

    /** Answers from the site folder; runs under the builds' read lock. */
    private void answer(HttpExchange exchange, String raw, String path) throws IOException {
        Path root = builds.site();
        long build = builds.latest().number();
        if (!Files.isDirectory(root)) {
            String page = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
            send(exchange, 503, "text/html; charset=utf-8", pages.noSite(page, build));
            return;
        }
        Optional<Path> found = SitePaths.file(root, path.endsWith("/") ? path.substring(0, path.length() - 1)
                : path);
        if (found.isPresent() && Files.isDirectory(found.get())) {
            if (!path.isEmpty() && !path.endsWith("/")) {
                redirect(exchange, raw + "/");
                return;
            }
            path = path + "index.html";
            found = SitePaths.file(root, path);
        }
        if (found.isEmpty() || !Files.isRegularFile(found.get()) || path.endsWith("/")) {
            notFound(exchange, path);
            return;
        }
        byte[] bytes = Files.readAllBytes(found.get());
        if (ContentTypes.isHtml(path)) {
            bytes = pages.inject(bytes, path, build, false);
        }
        send(exchange, 200, ContentTypes.of(path), bytes);
    }

    /** The site's {@code 404.html}, status 404; it reloads when a file appears at {@code path}. */
    private void notFound(HttpExchange exchange, String path) throws IOException {
        Path page = builds.site().resolve("404.html");
        byte[] body = Files.isRegularFile(page)
                ? pages.inject(Files.readAllBytes(page), path, builds.latest().number(), true)
                : "Not found\n".getBytes(StandardCharsets.UTF_8);
        send(exchange, 404, Files.isRegularFile(page) ? ContentTypes.of("404.html") : "text/plain; charset=utf-8",
                body);
    }

    private void tools(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!allowed(exchange)) {
                return;
            }
            String name = exchange.getRequestURI().getRawPath().substring(TOOLS.length());
            switch (name) {
                case "events" -> {
                    if (exchange.getRequestMethod().equals("HEAD")) {
                        send(exchange, 200, "text/event-stream; charset=utf-8", new byte[0]);
                    } else {
                        events.serve(exchange, builds.latest().number());
                    }
                }
                case "overlay" -> send(exchange, 200, "text/html; charset=utf-8",
                        pages.overlay(builds.latest().problems()).getBytes(StandardCharsets.UTF_8));
                default -> {
                    byte[] file = PreviewPages.file(name);
                    if (file == null) {
                        send(exchange, 404, "text/plain; charset=utf-8", "Not found\n".getBytes(StandardCharsets.UTF_8));
                    } else {
                        send(exchange, 200, ContentTypes.of(name), file);
                    }
                }
            }
        }
    }

    /** Only GET and HEAD, and on a preview for this computer only, only for this computer's names. */
    private boolean allowed(HttpExchange exchange) throws IOException {
        if (localOnly && !HostHeader.local(exchange.getRequestHeaders().getFirst("Host"),
                options.host())) {
            send(exchange, 403, "text/plain; charset=utf-8", ("This preview answers only at "
                    + address() + "\n").getBytes(StandardCharsets.UTF_8));
            return false;
        }
        String method = exchange.getRequestMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        exchange.sendResponseHeaders(405, -1);
        return false;
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(301, -1);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        // Every answer is fresh: after a rebuild the browser must not show an older copy.
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Ends the event streams, stops listening and waits for the request threads to finish. */
    @Override
    public void close() {
        events.close();
        server.stop(0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
                executor.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
