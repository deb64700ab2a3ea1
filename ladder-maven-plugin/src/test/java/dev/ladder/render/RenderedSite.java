package dev.ladder.render;

import dev.ladder.BuildOptions;
import dev.ladder.BuildResult;
import dev.ladder.SiteGenerator;
import dev.ladder.problem.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A site a test has built without any problem, read page by page as a browser would parse it. */
public final class RenderedSite {

    private final Path root;

    private RenderedSite(Path root) {
        this.root = root;
    }

    /** Builds the site and fails the test unless the build reported nothing and wrote the site. */
    public static RenderedSite build(BuildOptions options) {
        BuildResult result = SiteGenerator.build(options);
        assertEquals(List.of(), result.problems(), "problems of a build that should be clean");
        assertTrue(result.written(), "the site should have been written");
        return new RenderedSite(options.output());
    }

    /**
     * Builds a site whose only problems are warnings, each starting with {@code warning}, and fails the
     * test otherwise: for content written to provoke one kind of warning.
     */
    public static RenderedSite buildWarned(BuildOptions options, String warning) {
        BuildResult result = SiteGenerator.build(options);
        assertEquals(List.of(), result.problems().stream().filter(problem -> problem.severity() != Severity.WARNING
                || !problem.message().startsWith(warning)).toList(), "problems other than the expected warnings");
        assertTrue(result.written(), "the site should have been written");
        return new RenderedSite(options.output());
    }

    public Path root() {
        return root;
    }

    /** The page at {@code path}, relative to the site root with forward slashes. */
    public Document page(String path) {
        return Jsoup.parse(source(path), path);
    }

    /** The page's bytes as written, for what a parser would hide (such as how a character was escaped). */
    public String source(String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every HTML page of the site, sorted, relative to its root with forward slashes. */
    public List<String> pages() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".html"))
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
