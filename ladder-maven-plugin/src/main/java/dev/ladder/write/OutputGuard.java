package dev.ladder.write;

import dev.ladder.problem.Problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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

    /**
     * The folder a site is written to: {@code output}, or where it leads when it is a symbolic link,
     * so that a link to a deploy folder stays a link and the folder behind it is updated.
     */
    public static Path resolved(Path output) throws IOException {
        Path absolute = output.toAbsolutePath().normalize();
        if (!Files.isSymbolicLink(absolute)) {
            return absolute;
        }
        if (Files.exists(absolute)) {
            return absolute.toRealPath();
        }
        // The folder a link leads to may be aside for the moment of a swap: where it would be.
        Path target = absolute.getParent().resolve(Files.readSymbolicLink(absolute)).normalize();
        return target.getParent() == null ? target : target.getParent().toRealPath().resolve(target.getFileName());
    }

    /** The plugin's folders beside the output: the new site while it is written, and the old one while it is replaced. */
    static Path staging(Path resolvedOutput) {
        return resolvedOutput.resolveSibling("." + resolvedOutput.getFileName() + ".staging");
    }

    static Path backup(Path resolvedOutput) {
        return resolvedOutput.resolveSibling("." + resolvedOutput.getFileName() + ".previous");
    }

    public static boolean allows(Path output, Path project, Path content, Path templates, Problems problems) {
        Path out;
        try {
            out = resolved(output);
        } catch (IOException e) {
            out = null;
        }
        if (out == null || (Files.isSymbolicLink(output.toAbsolutePath().normalize()) && !Files.isDirectory(out))) {
            problems.error(output, 0, "cannot be the output folder: it is a link to a folder that does not exist"
                    + " (set <outputDirectory> or -Dladder.output)");
            return false;
        }
        String refusal = null;
        Path target = project == null ? null : project.toAbsolutePath().normalize().resolve("target");
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
        } else if (templates != null && out.startsWith(templates.toAbsolutePath().normalize())) {
            refusal = "is inside the templates folder, so each build would copy the site into itself";
        } else if (target != null && (out.equals(target) || out.equals(target.resolve("ladder")))) {
            refusal = "is Maven's build folder, where reports such as ladder/problems.json are written; "
                    + "use a folder of its own, such as target/site";
        } else if (foreign(staging(out)) || foreign(backup(out))) {
            refusal = "has '" + (foreign(staging(out)) ? staging(out) : backup(out)).getFileName()
                    + "' beside it, which Ladder did not make but would replace; move it away";
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

    /** Whether a staging or backup name is taken by something other than a folder a build of Ladder made. */
    private static boolean foreign(Path folder) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        return !owned(folder);
    }

    /** A folder a build of Ladder made: the marker it writes first is in it, or nothing is yet. */
    static boolean owned(Path folder) {
        return Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                && (Files.exists(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS) || isEmpty(folder));
    }

    private static boolean isEmpty(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
