package dev.ladder.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Tells open pages about finished builds over Server-Sent Events. A page connects with the number of the
 * build it was served from and first hears about every build since, so a build that finished while the
 * page was loading is not missed. Each message names the site paths that changed; the page decides
 * whether it is one of them.
 */
final class EventStream {

    /** Builds remembered for pages that connect late; older pages simply reload. */
    private static final int HISTORY = 32;
    private static final long KEEP_ALIVE_SECONDS = 15;
    private static final BuildEvent END = new BuildEvent(-1, List.of(), false, ProblemsView.NONE);
    private static final JsonFactory JSON = new JsonFactory();

    private final Deque<BuildEvent> history = new ArrayDeque<>();
    private final Set<BlockingQueue<BuildEvent>> listeners = ConcurrentHashMap.newKeySet();
    private boolean closed;

    /** Sends {@code event} to every open page. */
    void publish(BuildEvent event) {
        synchronized (history) {
            history.addLast(event);
            while (history.size() > HISTORY) {
                history.removeFirst();
            }
            listeners.forEach(listener -> listener.offer(event));
        }
    }

    /**
     * Answers one page's request, {@code ?since=<build>}, streaming until the page goes away or
     * {@link #close} is called.
     *
     * @param current the number of the last finished build
     */
    void serve(HttpExchange exchange, long current) throws IOException {
        long since = since(exchange.getRequestURI().getRawQuery());
        BlockingQueue<BuildEvent> queue = new LinkedBlockingQueue<>();
        BuildEvent backlog;
        synchronized (history) {
            if (closed) {
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            backlog = missed(since, current);
            listeners.add(queue);
        }
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            // Waiting pages retry a second after the server has gone, until it is back.
            write(out, "retry: 1000\n\n");
            if (backlog != null) {
                write(out, message(backlog));
            }
            while (true) {
                BuildEvent event = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (event == END) {
                    return;
                }
                // A comment line keeps proxies from closing the connection and finds pages that left.
                write(out, event == null ? ": waiting\n\n" : message(event));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            listeners.remove(queue);
        }
    }

    /**
     * The builds after {@code since} merged into one, or {@code null} when there are none. A page from
     * before the remembered builds, or from another run of the server, reloads whole.
     */
    private BuildEvent missed(long since, long current) {
        if (since == current) {
            return null;
        }
        boolean known = since < current && (history.isEmpty() || history.peekFirst().number() <= since + 1);
        Set<String> changed = new TreeSet<>();
        boolean everything = !known;
        ProblemsView problems = ProblemsView.NONE;
        for (BuildEvent event : history) {
            if (event.number() > since) {
                changed.addAll(event.changed());
                everything |= event.everything();
                problems = event.problems();
            }
        }
        return new BuildEvent(current, new ArrayList<>(changed), everything, problems);
    }

    /** The build number in {@code since=<n>}, or -1 when missing or not a number: the page then reloads. */
    static long since(String query) {
        if (query != null && query.startsWith("since=")) {
            try {
                return Long.parseLong(query.substring("since=".length()));
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }

    /** Ends every stream; pages reconnect to the next server on this port, if any. */
    void close() {
        synchronized (history) {
            closed = true;
            listeners.forEach(listener -> listener.offer(END));
        }
    }

    private static String message(BuildEvent event) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeNumberField("build", event.number());
            json.writeBooleanField("everything", event.everything());
            json.writeArrayFieldStart("changed");
            for (String path : event.changed()) {
                json.writeString(path);
            }
            json.writeEndArray();
            json.writeNumberField("errors", event.problems().blocking() ? event.problems().errorCount() : 0);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "event: build\ndata: " + text + "\n\n";
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
