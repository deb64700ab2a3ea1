package dev.ladder.problem;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects every problem of one build, so a user sees all of them at once rather than one per run.
 * Not thread-safe by design: each build owns its own instance.
 */
public final class Problems {

    /** A set, so that the counts agree with the list shown when the same problem is found twice. */
    private final Set<Problem> list = new LinkedHashSet<>();

    public void add(Problem problem) {
        list.add(problem);
    }

    public void error(Path file, int line, int column, String message) {
        add(Problem.error(file, line, column, message));
    }

    public void error(Path file, int line, String message) {
        error(file, line, 0, message);
    }

    public void warning(Path file, int line, int column, String message) {
        add(Problem.warning(file, line, column, message));
    }

    /** Adds every problem {@code other} holds, in its order: how the problems of parallel work are merged. */
    public void addAll(Problems other) {
        list.addAll(other.list);
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    public int errorCount() {
        return (int) list.stream().filter(Problem::isError).count();
    }

    public int warningCount() {
        return list.size() - errorCount();
    }

    /** The problems in file, line and column order, without repeats. */
    public List<Problem> sorted() {
        return list.stream().sorted(Problem.ORDER).toList();
    }

    /** "2 errors, 1 warning": the closing line of a report. */
    public String summary() {
        return plural(errorCount(), "error") + ", " + plural(warningCount(), "warning");
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
