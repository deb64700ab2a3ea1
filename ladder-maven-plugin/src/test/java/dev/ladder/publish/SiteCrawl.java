package dev.ladder.publish;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Follows every same-host link and asset from a start page over HTTP, as a reader clicking through the
 * served site would, and records what each URL answered. Bounded: it stops after a fixed number of requests.
 */
final class SiteCrawl {

    /** One URL requested, what it answered, and the first place that linked to it. */
    record Answer(String url, int status, String linkedFrom) {
        String format() {
            return url + " answered " + (status < 0 ? "nothing" : status) + " (linked from " + linkedFrom + ")";
        }
    }

    private record Pending(URI url, String linkedFrom) {
    }

    private final HttpClient client;
    private final URI start;
    private final Deque<Pending> queue = new ArrayDeque<>();
    private final Set<URI> seen = new HashSet<>();
    private final List<Answer> answers = new ArrayList<>();
    private final List<String> external = new ArrayList<>();
    private final List<String> invalid = new ArrayList<>();

    private SiteCrawl(HttpClient client, URI start) {
        this.client = client;
        this.start = start;
    }

    /** Crawls from {@code start}; fails if more than {@code maxRequests} would be needed. */
    static SiteCrawl from(URI start, HttpClient client, int maxRequests) throws InterruptedException {
        SiteCrawl crawl = new SiteCrawl(client, start);
        crawl.enqueue(start, "the start");
        while (!crawl.queue.isEmpty()) {
            if (crawl.answers.size() >= maxRequests) {
                throw new AssertionError("the crawl stopped after " + maxRequests + " requests with "
                        + crawl.queue.size() + " URLs still to visit, such as " + crawl.queue.peek().url());
            }
            crawl.visit(crawl.queue.poll());
        }
        return crawl;
    }

    List<Answer> answers() {
        return answers;
    }

    /** Links to other hosts, listed with where they are, never requested. */
    List<String> external() {
        return external;
    }

    /** References that are not URLs at all. */
    List<String> invalid() {
        return invalid;
    }

    private void visit(Pending pending) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(pending.url()).timeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            answers.add(new Answer(pending.url().toString(), -1, pending.linkedFrom()));
            return;
        }
        answers.add(new Answer(pending.url().toString(), response.statusCode(), pending.linkedFrom()));
        if (response.statusCode() != 200) {
            return;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        String page = pending.url().toString();
        if (type.startsWith("text/html")) {
            Reference.inPage(Reference.parse(response.body(), page)).forEach(reference -> follow(page, reference));
        } else if (type.startsWith("text/css")) {
            Reference.inStylesheet(response.body(), 1).forEach(reference -> follow(page, reference));
        }
    }

    private void follow(String page, Reference reference) {
        String where = page + ":" + reference.line();
        switch (reference.form()) {
            case RELATIVE, ROOT_ABSOLUTE, EXTERNAL -> {
                URI target;
                try {
                    URI resolved = URI.create(page).resolve(new URI(reference.url()));
                    target = new URI(resolved.getScheme(), resolved.getAuthority(), resolved.getPath(),
                            resolved.getQuery(), null);
                } catch (URISyntaxException | IllegalArgumentException e) {
                    invalid.add(where + ": " + reference.url() + " is not a valid URL");
                    return;
                }
                if (sameServer(target)) {
                    enqueue(target, where);
                } else {
                    external.add(where + ": " + reference.url());
                }
            }
            case CONTACT -> external.add(where + ": " + reference.url());
            case FRAGMENT, INLINE, OTHER_SCHEME -> {
                // Nothing to request: the same page, inline data, or a scheme the link test rejects.
            }
        }
    }

    private boolean sameServer(URI target) {
        return Objects.equals(target.getScheme(), start.getScheme())
                && Objects.equals(target.getHost(), start.getHost())
                && target.getPort() == start.getPort();
    }

    private void enqueue(URI url, String linkedFrom) {
        if (seen.add(url)) {
            queue.add(new Pending(url, linkedFrom));
        }
    }
}
