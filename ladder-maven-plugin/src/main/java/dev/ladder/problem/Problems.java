package dev.ladder.problem;

import dev.ladder.work.Workers;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

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

    /**
     * Applies {@code task} to every item on {@code workers}, each with problems of its own, and adds
     * those here in the order of the items: how parallel work reports, so that a report never depends
     * on which worker finished first. Returns the results in the order of the items.
     */
    public <I, O> List<O> collect(Workers workers, List<I> items, BiFunction<? super I, Problems, ? extends O> task) {
        List<Outcome<O>> outcomes = workers.map(items, item -> {
            Problems found = new Problems();
            return new Outcome<O>(task.apply(item, found), found);
        });
        outcomes.forEach(outcome -> addAll(outcome.problems()));
        return outcomes.stream().map(Outcome::value).toList();
    }

    /** What a worker made of one item, with the problems it found on the way. */
    private record Outcome<O>(O value, Problems problems) {
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    /** Whether these problems stop a build: see {@link #block(Collection, boolean)}. */
    public boolean blocks(boolean failOnWarning) {
        return block(list, failOnWarning);
    }

    /** The one rule for whether problems stop a build: any error, or any warning when warnings count as errors. */
    public static boolean block(Collection<Problem> problems, boolean failOnWarning) {
        return problems.stream().anyMatch(problem -> problem.isError() || failOnWarning);
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
}
