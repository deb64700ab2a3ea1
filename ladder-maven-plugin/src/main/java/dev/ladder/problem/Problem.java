package dev.ladder.problem;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One thing wrong with the input, located as precisely as we know it.
 *
 * @param file   the file at fault, absolute; {@code null} for problems of the whole build
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record Problem(Path file, int line, int column, Severity severity, String message) {

    /** Messages quote the input, which may hold line breaks: each stays one line, see {@link LogText}. */
    public Problem {
        message = LogText.escape(message);
    }

    public static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.file() == null ? "" : p.file().toString())
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    public static Problem error(Path file, int line, int column, String message) {
        return new Problem(file, line, column, Severity.ERROR, message);
    }

    public static Problem warning(Path file, int line, int column, String message) {
        return new Problem(file, line, column, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The path as a user should read it: relative to {@code base} when inside it, with forward slashes. */
    public String displayPath(Path base) {
        if (file == null) {
            return "";
        }
        Path shown = base != null && file.startsWith(base) ? base.relativize(file) : file;
        // The base itself relativizes to nothing, which would leave the line starting with a bare colon.
        return shown.toString().isEmpty() ? "." : LogText.escape(shown.toString().replace('\\', '/'));
    }

    /** {@code path:line:column: severity: message}, leaving out what is unknown, as compilers do. */
    public String format(Path base) {
        StringBuilder out = new StringBuilder();
        if (file != null) {
            out.append(displayPath(base));
            if (line > 0) {
                out.append(':').append(line);
                if (column > 0) {
                    out.append(':').append(column);
                }
            }
            out.append(": ");
        }
        return out.append(severity.label()).append(": ").append(message).toString();
    }
}
