package dev.ladder.read;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which content files become pages, where each page is written, and which anchors it has:
 * what a link in the content may point at.
 */
final class PageIndex {

    /** @param output the page's path relative to the site root, with forward slashes */
    record Target(String output, Set<String> anchors) {
    }

    private final Map<Path, Target> targets = new HashMap<>();
    private final Set<Path> withProblems = new HashSet<>();
    private final Map<Path, String> resources = new HashMap<>();

    void add(Path source, String output, Set<String> anchors) {
        targets.put(source.toAbsolutePath().normalize(), new Target(output, Set.copyOf(anchors)));
    }

    /**
     * Marks a file, or a folder with all it holds, that makes no page because of problems already
     * reported in it: a link to it is not also reported, since the link may be right.
     */
    void addWithProblems(Path fileOrFolder) {
        withProblems.add(fileOrFolder.toAbsolutePath().normalize());
    }

    Target get(Path source) {
        return targets.get(source.toAbsolutePath().normalize());
    }

    /** An image published beside the pages, at {@code output}. */
    void addResource(Path source, String output) {
        resources.put(source.toAbsolutePath().normalize(), output);
    }

    /** Where an image of the content is published, or {@code null} when it is not one. */
    String resource(Path source) {
        return resources.get(source.toAbsolutePath().normalize());
    }

    Set<Path> resources() {
        return resources.keySet();
    }

    /** The content files that become pages, as absolute paths. */
    Set<Path> sources() {
        return targets.keySet();
    }

    /** The content file a page is made from, or {@code null} when no page is written at {@code output}. */
    Path sourceOf(String output) {
        return targets.entrySet().stream().filter(entry -> entry.getValue().output().equals(output))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** Whether {@code other} has the same pages, anchors, images and files with problems: links resolve alike. */
    boolean sameAs(PageIndex other) {
        return targets.equals(other.targets) && withProblems.equals(other.withProblems)
                && resources.equals(other.resources);
    }

    boolean hasProblems(Path source) {
        Path path = source.toAbsolutePath().normalize();
        return withProblems.stream().anyMatch(path::startsWith);
    }
}
