package dev.ladder.diff;

import java.nio.file.Path;
import java.util.List;

/**
 * What a diff found and wrote.
 *
 * @param errors   each as {@code path:line:column: error: message}, for the log; empty when the diff was written
 * @param headline the one-line summary, or {@code ""} when there were errors
 * @param markdown {@code diff.md}, or {@code null} when there were errors
 * @param html     {@code diff.html}, or {@code null} when there were errors
 */
public record DiffResult(List<String> errors, String headline, Path markdown, Path html) {

    static DiffResult failed(List<String> errors) {
        return new DiffResult(List.copyOf(errors), "", null, null);
    }

    public boolean failed() {
        return !errors.isEmpty();
    }
}
