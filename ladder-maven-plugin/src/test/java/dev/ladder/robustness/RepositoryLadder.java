package dev.ladder.robustness;

import dev.ladder.BuildOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A project made of this repository's own ladder: its content and templates copied into a temporary
 * folder, so a test can damage them freely. Tests run in the plugin module, one level below the root.
 */
final class RepositoryLadder {

    private final Path project;
    private final WorkingCopy content;

    private RepositoryLadder(Path project, WorkingCopy content) {
        this.project = project;
        this.content = content;
    }

    static RepositoryLadder copyInto(Path temp) throws IOException {
        Path project = temp.resolve("project");
        WorkingCopy content = WorkingCopy.of(repository("content"), project.resolve("content"));
        WorkingCopy.of(repository("templates"), project.resolve("templates"));
        return new RepositoryLadder(project, content);
    }

    Path project() {
        return project;
    }

    WorkingCopy content() {
        return content;
    }

    /** The conventional layout: content/, templates/ and site/ in the project folder. */
    BuildOptions options() {
        return BuildOptions.builder(project).build();
    }

    /** A file of the copied content, such as {@code software-engineering/p3.md}. */
    Path file(String relative) {
        return project.resolve("content").resolve(relative);
    }

    private static Path repository(String folder) {
        Path path = Path.of("").toAbsolutePath().resolve("..").resolve(folder).normalize();
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException("expected the repository's " + folder + " folder at " + path);
        }
        return path;
    }
}
