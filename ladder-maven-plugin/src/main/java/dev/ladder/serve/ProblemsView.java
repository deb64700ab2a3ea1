package dev.ladder.serve;

import dev.ladder.problem.Problem;
import dev.ladder.problem.ProblemReport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems of the last build as the page shows them: each as the console prints it, with the lines
 * of its source around it. Plain data for the overlay template, which escapes every value.
 *
 * @param blocking  whether the problems kept the build from being published: then every page shows them
 *                  over the last good site; otherwise they are warnings, shown as a bar that can be dismissed
 * @param problems  errors first, each once
 * @param signature names this list of problems, so that a dismissed bar stays dismissed until they change
 */
public record ProblemsView(boolean blocking, List<Shown> problems, String signature) {

    /** Lines shown before and after the line at fault. */
    static final int CONTEXT = 2;
    /** Longer lines are cut, so that one huge line cannot fill the page. */
    static final int MAX_LINE = 240;
    /** Sources larger than this are not read for an excerpt. */
    static final long MAX_SOURCE = 4L << 20;
    /** Problems after these are listed without an excerpt. */
    static final int MAX_EXCERPTS = 50;

    public static final ProblemsView NONE = new ProblemsView(false, List.of(), "");

    /** One problem: its console line, whether it is an error, and its source excerpt (may be empty). */
    public record Shown(String line, boolean error, List<SourceLine> excerpt) {
    }

    /** A source line with its number; {@code marked} for the line at fault, {@code column} 1-based or 0. */
    public record SourceLine(int number, String text, boolean marked, int column) {
    }

    public static ProblemsView of(List<Problem> problems, Path project, boolean blocking) {
        if (problems.isEmpty()) {
            return NONE;
        }
        List<Problem> ordered = new ArrayList<>(problems.stream().filter(Problem::isError).toList());
        problems.stream().filter(problem -> !problem.isError()).forEach(ordered::add);
        List<String> lines = new ProblemReport(ordered, project).lines();
        Map<Path, List<String>> sources = new HashMap<>();
        List<Shown> shown = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Problem problem = ordered.get(i);
            List<SourceLine> excerpt = i < MAX_EXCERPTS ? excerpt(problem, sources) : List.of();
            shown.add(new Shown(lines.get(i), problem.isError(), excerpt));
        }
        return new ProblemsView(blocking, List.copyOf(shown), Integer.toHexString(String.join("\n", lines).hashCode()));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public long errorCount() {
        return problems.stream().filter(Shown::error).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }

    private static List<SourceLine> excerpt(Problem problem, Map<Path, List<String>> sources) {
        if (problem.file() == null || problem.line() <= 0 || !problem.file().isAbsolute()) {
            return List.of();
        }
        List<String> source = sources.computeIfAbsent(problem.file(), ProblemsView::read);
        if (problem.line() > source.size()) {
            return List.of();
        }
        List<SourceLine> excerpt = new ArrayList<>();
        int from = Math.max(1, problem.line() - CONTEXT);
        int to = Math.min(source.size(), problem.line() + CONTEXT);
        for (int number = from; number <= to; number++) {
            String text = source.get(number - 1);
            boolean marked = number == problem.line();
            excerpt.add(new SourceLine(number, text.length() > MAX_LINE ? text.substring(0, MAX_LINE) + "…" : text,
                    marked, marked && problem.column() <= MAX_LINE ? problem.column() : 0));
        }
        return List.copyOf(excerpt);
    }

    /** The file's lines, undecodable bytes shown as replacement characters; none when it cannot be read. */
    private static List<String> read(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_SOURCE) {
                return List.of();
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            return text.lines().map(line -> line.replace("\t", "    ")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
