package dev.ladder.diff;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the diff compares and where it writes.
 *
 * @param output the folder for {@code diff.md} and {@code diff.html}, such as {@code target/ladder}
 * @param base   the git ref of the older version, such as {@code HEAD} or {@code origin/main}
 * @param head   the git ref of the newer version, or {@code null} for the content folder as it is on disk
 */
public record DiffOptions(Path projectDirectory, Path content, Path templates, Path output, String base,
                          String head, boolean allowRawHtml) {

    public DiffOptions {
        Objects.requireNonNull(projectDirectory, "projectDirectory");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(output, "output");
        base = base == null || base.isBlank() ? "HEAD" : base.strip();
        head = head == null || head.isBlank() ? null : head.strip();
    }
}
