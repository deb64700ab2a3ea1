package dev.ladder.robustness;

import dev.ladder.BuildResult;
import dev.ladder.problem.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every build must honour whatever its input: it either writes the site without an error or
 * says why not, and every problem it reports is one line of plain words pointing into a real file.
 */
final class BuildInvariants {

    /** Text that only turns up in a message when an exception leaked into it. */
    private static final List<String> STACK_TRACE_MARKS = List.of("Exception", "\tat ", "java.", "freemarker.");
    private static final Pattern DOES_NOT_EXIST = Pattern.compile("'([^']+)', which does not exist");

    private BuildInvariants() {
    }

    /**
     * The rules {@code result} breaks, as sentences; empty when it breaks none. Only the content is
     * mutated here, so every error concerns a file: no problem of the whole build is expected.
     */
    static List<String> violations(BuildResult result, Path content) throws IOException {
        List<String> found = new ArrayList<>();
        long errors = result.problems().stream().filter(Problem::isError).count();
        if (result.written() && errors > 0) {
            found.add("the site was written despite " + errors + " error(s)");
        }
        if (!result.written() && errors == 0) {
            found.add("the site was not written, yet no error says why");
        }
        for (Problem problem : result.problems()) {
            String where = "problem " + shown(problem);
            String message = problem.message();
            if (message == null || message.isBlank()) {
                found.add(where + " has no message");
                continue;
            }
            if (message.codePoints().anyMatch(BuildInvariants::breaksLines)) {
                found.add(where + " spans several lines or holds control characters");
            }
            if (message.strip().endsWith(":")) {
                found.add(where + " ends where a list or a value should follow");
            }
            found.addAll(existenceViolations(problem, where));
            if (message.contains("root:x:0:0")) {
                found.add(where + " quotes a file from outside the content folder (/etc/passwd)");
            }
            for (String mark : STACK_TRACE_MARKS) {
                if (message.contains(mark)) {
                    found.add(where + " shows a stack trace or class name ('" + escaped(mark) + "')");
                }
            }
            if (problem.file() == null) {
                if (problem.isError()) {
                    found.add(where + " names no file");
                }
                continue;
            }
            if (problem.file().startsWith(content)) {
                found.addAll(positionViolations(problem, where));
            }
        }
        return found;
    }

    /** A line or column below zero, or a line past the end of the file (a missing file has no lines). */
    private static List<String> positionViolations(Problem problem, String where) throws IOException {
        List<String> found = new ArrayList<>();
        if (problem.line() < 0 || problem.column() < 0) {
            found.add(where + " has a negative line or column");
        }
        Path file = problem.file();
        int lines = Files.isRegularFile(file) ? ByteLines.count(Files.readAllBytes(file)) : 0;
        if (problem.line() > lines) {
            found.add(where + " points past the end of its file, which has " + lines + " line(s)");
        }
        return found;
    }

    /** Besides CR and LF, YAML and Unicode count NEL, LS and PS as line breaks; other controls garble a terminal. */
    private static boolean breaksLines(int c) {
        return (Character.getType(c) == Character.CONTROL && c != '\t') || c == 0x2028 || c == 0x2029;
    }

    /** A message that says a file does not exist must not be said of a file that is there. */
    private static List<String> existenceViolations(Problem problem, String where) {
        Matcher claim = DOES_NOT_EXIST.matcher(problem.message());
        if (problem.file() == null || !claim.find()) {
            return List.of();
        }
        try {
            Path named = problem.file().resolveSibling(claim.group(1)).normalize();
            return Files.exists(named)
                    ? List.of(where + " says " + named.getFileName() + " does not exist, but it does") : List.of();
        } catch (InvalidPathException e) {
            return List.of();
        }
    }

    static String shown(Problem problem) {
        return problem.file() + ":" + problem.line() + ":" + problem.column() + " " + problem.severity().label()
                + " '" + escaped(problem.message()) + "'";
    }

    private static String escaped(String text) {
        return String.valueOf(text).replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }
}
