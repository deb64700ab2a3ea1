package dev.ladder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small valid ladder written into a folder: one track, {@code eng}, with levels L1 and L2 and the
 * competencies Delivery and Collaboration. A test overwrites or deletes single files to make the case it needs.
 */
public final class LadderFixture {

    private final Path root;

    private LadderFixture(Path root) {
        this.root = root;
    }

    /** Writes the minimal ladder into {@code dir}: {@code content/_index.md}, the track and its two levels. */
    public static LadderFixture in(Path dir) {
        return new LadderFixture(dir)
                .write("content/_index.md", """
                        ---
                        title: Test Ladder
                        ---
                        What we expect of engineers.
                        """)
                .write("content/eng/_index.md", """
                        ---
                        title: Engineer
                        family: Engineering
                        summary: Builds software.
                        levels: [L1, L2]
                        competencies: [Delivery, Collaboration]
                        ---
                        The engineering track.
                        """)
                .write("content/eng/l1.md", """
                        ---
                        level: L1
                        title: Junior
                        summary: Delivers small tasks with guidance.
                        ---
                        ## Delivery

                        Ships small tasks.

                        ## Collaboration

                        Asks for help early.
                        """)
                .write("content/eng/l2.md", """
                        ---
                        level: L2
                        title: Mid
                        summary: Delivers features on their own.
                        ---
                        ## Delivery

                        Ships whole features.

                        ## Collaboration

                        Reviews the work of others.
                        """);
    }

    /** Writes {@code text} as UTF-8 to {@code relativePath}, creating folders and replacing any file there. */
    public LadderFixture write(String relativePath, String text) {
        Path file = root.resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public LadderFixture delete(String relativePath) {
        try {
            Files.delete(root.resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The conventional options for this project, with the site written to {@code site/}. */
    public BuildOptions options() {
        return BuildOptions.builder(root).output(root.resolve("site")).build();
    }

    public Path root() {
        return root;
    }
}
