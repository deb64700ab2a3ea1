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

    boolean hasProblems(Path source) {
        Path path = source.toAbsolutePath().normalize();
        return withProblems.stream().anyMatch(path::startsWith);
    }
}
