package dev.ladder.publish;

import dev.ladder.FolderCopy;
import dev.ladder.BuildOptions;
import dev.ladder.BuildResult;
import dev.ladder.SiteGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The repository's own ladder ({@code ../content} and {@code ../templates} beside this module) built into
 * a folder, and what a test needs to know about it. Pages are found by walking the output, so these tests
 * keep working as the site gains pages.
 */
final class BuiltSite {

    static final String HOME = "index.html";
    static final String NOT_FOUND = "404.html";
    static final String BOOKLET = "print.html";
    static final String CHANGES = "changes.html";

    private final Path root;
    private final List<String> files;

    private BuiltSite(Path root) {
        this.root = root;
        this.files = walk(root);
    }

    /** A site some test has built into {@code output}. */
    static BuiltSite at(Path output) {
        return new BuiltSite(output);
    }

    /** Builds the repository's ladder into {@code output}; fails the calling test if the build does not publish. */
    static BuiltSite buildInto(Path output) {
        return build(projectDirectory(), output, UnaryOperator.identity());
    }

    /** As {@link #buildInto(Path)}, with options beyond the defaults, such as {@code pdf(true)}. */
    static BuiltSite buildInto(Path output, UnaryOperator<BuildOptions.Builder> options) {
        return build(projectDirectory(), output, options);
    }

    /**
     * The repository's ladder with a {@code CHANGELOG.md} added, so that the site also has its changes page:
     * content and templates are copied under {@code work}, the site is built into {@code work/site}.
     */
    static BuiltSite buildWithChangelogInto(Path work) throws IOException {
        Path project = work.resolve("project");
        copyTree(projectDirectory().resolve("content"), project.resolve("content"));
        copyTree(projectDirectory().resolve("templates"), project.resolve("templates"));
        Files.writeString(project.resolve("content/CHANGELOG.md"), """
                # Changes to the ladder

                ## Version 2

                - P4 now names the reports, proposals and budgets a team technical lead owns.
                - Incident response asks every level to take part in blameless postmortems.
                """);
        return build(project, work.resolve("site"), UnaryOperator.identity());
    }

    /** The example ladder with grades, {@code examples/job-architecture}, built into {@code output}. */
    static BuiltSite buildExampleInto(Path output) {
        return build(projectDirectory(), output, options -> options.content(projectDirectory().resolve(EXAMPLE)));
    }

    /** The example of a job architecture: tracks whose levels map to shared grades. */
    static final String EXAMPLE = "examples/job-architecture";

    /** The example's specialisation of software engineering, a track folder. */
    static final String SPECIALISATION = "qa-engineering";

    /**
     * The pages grades and specialisations add to a site, by name: the home page's grade grid, a level page
     * with "Same grade in other tracks" linking to a compare page, that page comparing two tracks' levels at
     * one grade, and a specialisation's level page with sections shared with its base level.
     */
    Map<String, String> gradePages() {
        String cross = files.stream().filter(file -> file.matches("[^/]+/compare-.+-with-.+\\.html")).findFirst()
                .orElseThrow(() -> new AssertionError("the site has no page comparing levels of two tracks"));
        String level = htmlPages().stream()
                .filter(file -> !file.contains("/compare-") && text(file).contains("id=\"same-grade\"")
                        && text(file).contains(cross.substring(cross.indexOf('/') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no level page lists the same grade with a link to " + cross));
        assertTrue(text(HOME).contains("class=\"grade-grid\""), "the home page has no grade grid");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("grade grid", HOME);
        pages.put("same grade", level);
        pages.put("cross-track compare", cross);
        pages.put("shared level", htmlPages().stream()
                .filter(file -> file.startsWith(SPECIALISATION + "/") && text(file).contains("class=\"shared-from\""))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no level page of " + SPECIALISATION + " shares a section")));
        return pages;
    }

    private String text(String page) {
        try {
            return Files.readString(root.resolve(page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (Files.isDirectory(from)) {
            FolderCopy.copy(from, to);
        }
    }

    private static BuiltSite build(Path project, Path output, UnaryOperator<BuildOptions.Builder> options) {
        BuildResult result = SiteGenerator.build(options.apply(BuildOptions.builder(project).output(output)).build());
        if (!result.written() || result.hasErrors()) {
            fail("the repository's ladder did not build:\n" + result.problems().stream()
                    .map(problem -> problem.format(project)).collect(Collectors.joining("\n")));
        }
        BuiltSite site = new BuiltSite(output);
        assertTrue(site.files.contains(HOME), () -> "the build wrote no " + HOME + " in " + output);
        return site;
    }

    /** The folder above this module: the repository, with the ladder's content/ and templates/. */
    static Path projectDirectory() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        Path project = module.getParent();
        if (!Files.isDirectory(project.resolve("content"))) {
            fail("expected the repository's content/ folder at " + project.resolve("content")
                    + "; run the tests from the ladder-maven-plugin module");
        }
        return project;
    }

    Path root() {
        return root;
    }

    /** Every file of the site, relative to its root with forward slashes, sorted. */
    List<String> files() {
        return files;
    }

    List<String> htmlPages() {
        return files.stream().filter(file -> file.endsWith(".html")).toList();
    }

    List<String> stylesheets() {
        return files.stream().filter(file -> file.endsWith(".css")).toList();
    }

    Path file(String relative) {
        return root.resolve(relative);
    }

    /**
     * One page of each type, by name: home, track, level, matrix, and the compare, booklet, changes and
     * not-found pages when the site has them. A track is a folder with both an index.html and a matrix.html;
     * its level pages are its other pages but the booklet and the compare pages.
     */
    Map<String, String> pageOfEachType() {
        String track = files.stream()
                .filter(file -> file.endsWith("/matrix.html") && files.contains(folder(file) + "index.html"))
                .map(BuiltSite::folder)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the site has no track folder (index.html with matrix.html)"));
        String level = files.stream()
                .filter(file -> folder(file).equals(track) && file.endsWith(".html"))
                .filter(file -> !file.equals(track + "index.html") && !file.equals(track + "matrix.html")
                        && !file.equals(track + BOOKLET) && !file.startsWith(track + "compare-"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the track folder " + track + " has no level page"));
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", HOME);
        pages.put("track", track + "index.html");
        pages.put("level", level);
        pages.put("matrix", track + "matrix.html");
        files.stream().filter(file -> file.startsWith(track + "compare-") && file.endsWith(".html")).findFirst()
                .ifPresent(page -> pages.put("compare", page));
        if (files.contains(track + BOOKLET)) {
            pages.put("booklet", track + BOOKLET);
        }
        if (files.contains(CHANGES)) {
            pages.put("changes", CHANGES);
        }
        pages.put("not found", notFoundPage().orElseThrow(() -> new AssertionError("every build makes " + NOT_FOUND
                + ", but this site has none")));
        return pages;
    }

    Optional<String> notFoundPage() {
        return files.contains(NOT_FOUND) ? Optional.of(NOT_FOUND) : Optional.empty();
    }

    private static String folder(String file) {
        return file.substring(0, file.lastIndexOf('/') + 1);
    }

    private static List<String> walk(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
