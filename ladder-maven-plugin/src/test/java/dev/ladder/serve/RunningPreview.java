package dev.ladder.serve;

import dev.ladder.BuildOptions;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * A live preview started for a test on a free port, with what it logs kept, and ways to ask it for
 * pages: through Java's HTTP client, or as raw request lines that no client would normalise first.
 */
public final class RunningPreview implements AutoCloseable {

    /** Long enough for a rebuild on a loaded machine; a wait ends as soon as its condition holds. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private final LivePreview preview;
    private final List<String> log;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private RunningPreview(LivePreview preview, List<String> log) {
        this.preview = preview;
        this.log = log;
    }

    public static RunningPreview start(BuildOptions build) throws ServeException {
        return start(new ServeOptions(build, ServeOptions.LOOPBACK, 0, ServeOptions.DEFAULT_QUIET));
    }

    public static RunningPreview start(ServeOptions options) throws ServeException {
        List<String> log = new CopyOnWriteArrayList<>();
        LivePreview preview = LivePreview.start(options, new ServeLog() {
            @Override
            public void info(String line) {
                log.add("INFO " + line);
            }

            @Override
            public void warn(String line) {
                log.add("WARN " + line);
            }

            @Override
            public void error(String line) {
                log.add("ERROR " + line);
            }
        });
        return new RunningPreview(preview, log);
    }

    public LivePreview preview() {
        return preview;
    }

    public List<String> log() {
        return log;
    }

    public URI address() {
        return preview.address();
    }

    /** The answer to a GET of {@code path} (relative to the server's root, such as {@code /eng/p1.html}). */
    public HttpResponse<String> get(String path) {
        URI uri = address().resolve(path);
        try {
            return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends {@code GET <target> HTTP/1.1} as written and returns the whole raw answer. */
    public String raw(String target) {
        return request("GET", target);
    }

    /** Sends {@code <method> <target> HTTP/1.1} as written and returns the whole raw answer. */
    public String request(String method, String target) {
        return request(method, target, "localhost");
    }

    /** Sends {@code <method> <target> HTTP/1.1} with the {@code Host} header given; the whole raw answer. */
    public String request(String method, String target, String host) {
        try (Socket socket = new Socket(address().getHost(), address().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Length: 0\r\n"
                    + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Connects to the event stream as a page served from build {@code since} does; the first event's data. */
    public String firstEvent(long since) {
        try (Socket socket = new Socket(address().getHost(), address().getPort())) {
            socket.setSoTimeout((int) PATIENCE.toMillis());
            socket.getOutputStream().write(("GET /__ladder/events?since=" + since + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("data: ")) {
                    return line.substring("data: ".length());
                }
            }
            throw new AssertionError("the event stream ended without an event");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits, polling, until build {@code number} has finished, and returns it. */
    public BuildEvent awaitBuild(long number) {
        awaitTrue(() -> preview.latest().number() >= number, "build " + number + " to finish; log:\n" + log);
        return preview.latest();
    }

    /** Polls {@code condition} until it holds; fails after {@link #PATIENCE}. */
    public static void awaitTrue(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() {
        preview.close();
    }
}
