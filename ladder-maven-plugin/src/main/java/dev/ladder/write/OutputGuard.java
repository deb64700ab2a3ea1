package dev.ladder.write;

import dev.ladder.problem.Problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Refuses output folders whose replacement would destroy something that is not a generated site.
 * The site replaces its output folder whole, so the folder must be one Ladder made, or empty.
 */
public final class OutputGuard {

    /** Left in every generated site so that a later build knows the folder is its own to replace. */
    public static final String MARKER = ".ladder-site";

    private OutputGuard() {
    }

    public static boolean allows(Path output, Path project, Path content, Path templates, Problems problems) {
        Path out = output.toAbsolutePath().normalize();
        String refusal = null;
        if (out.getParent() == null) {
            refusal = "is the root of a file system";
        } else if (out.equals(Path.of(System.getProperty("user.home")).toAbsolutePath().normalize())) {
            refusal = "is your home folder";
        } else if (project != null && out.equals(project.toAbsolutePath().normalize())) {
            refusal = "is the project folder";
        } else if (content.toAbsolutePath().normalize().startsWith(out)) {
            refusal = "contains the content folder";
        } else if (out.startsWith(content.toAbsolutePath().normalize())) {
            refusal = "is inside the content folder";
        } else if (templates != null && templates.toAbsolutePath().normalize().startsWith(out)) {
            refusal = "contains the templates folder";
        } else if (Files.isRegularFile(out)) {
            refusal = "is a file";
        } else if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER)) && !isEmpty(out)) {
            refusal = "already holds files that Ladder did not write; empty it or choose another folder";
        }
        if (refusal != null) {
            problems.error(output, 0, "cannot be the output folder: it " + refusal
                    + " (set <outputDirectory> or -Dladder.output)");
            return false;
        }
        return true;
    }

    private static boolean isEmpty(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
