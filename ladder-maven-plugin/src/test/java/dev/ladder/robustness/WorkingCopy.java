package dev.ladder.robustness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A copy of a folder that mutations are applied to and then undone, file by file: restoring only
 * what a plan touched keeps thousands of iterations cheap.
 */
final class WorkingCopy {

    private final Path root;
    private final Map<String, byte[]> pristine;

    private WorkingCopy(Path root, Map<String, byte[]> pristine) {
        this.root = root;
        this.pristine = pristine;
    }

    /** Copies every file of {@code source} to {@code target}. */
    static WorkingCopy of(Path source, Path target) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(source)) {
            paths = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : paths) {
            String relative = source.relativize(file).toString().replace('\\', '/');
            byte[] bytes = Files.readAllBytes(file);
            Path copy = target.resolve(relative);
            Files.createDirectories(copy.getParent());
            Files.write(copy, bytes);
            files.put(relative, bytes);
        }
        return new WorkingCopy(target, Map.copyOf(files));
    }

    /** The files as copied, by path relative to the copy's root with forward slashes. */
    Map<String, byte[]> pristine() {
        return pristine;
    }

    void apply(MutationPlan plan) throws IOException {
        for (Map.Entry<String, FileState> result : plan.results().entrySet()) {
            result.getValue().write(root.resolve(result.getKey()));
        }
    }

    void restore(MutationPlan plan) throws IOException {
        for (Map.Entry<String, FileState> result : plan.results().entrySet()) {
            String relative = result.getKey();
            Path file = root.resolve(relative);
            if (result.getValue() instanceof FileState.Renamed renamed) {
                Files.deleteIfExists(renamed.renamed(file));
            }
            // A link is removed, never written through: it may lead to a file of the machine.
            if (Files.isSymbolicLink(file)) {
                Files.delete(file);
            } else if (Files.isDirectory(file)) {
                deleteTree(file);
            }
            Files.write(file, pristine.get(relative));
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(directory)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.delete(path);
        }
    }
}
