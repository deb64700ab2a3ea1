package dev.ladder.problem;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The ways a list of problems is shown: lines for a terminal, workflow commands that GitHub shows
 * on the changed line of a pull request, GitLab's code quality report that a merge request shows
 * the same way, and JSON for bots and scripts.
 *
 * @param base paths are shown relative to this folder
 */
public record ProblemReport(List<Problem> problems, Path base) {

    public List<String> lines() {
        return problems.stream().map(problem -> problem.format(base)).toList();
    }

    /** {@code ::error file=…,line=…,col=…::message}, escaped as GitHub's workflow commands require. */
    public List<String> githubCommands() {
        return problems.stream().map(problem -> {
            StringBuilder out = new StringBuilder("::").append(problem.severity().label());
            String separator = " ";
            if (problem.file() != null) {
                out.append(separator).append("file=").append(property(problem.displayPath(base)));
                separator = ",";
                if (problem.line() > 0) {
                    out.append(",line=").append(problem.line());
                    if (problem.column() > 0) {
                        out.append(",col=").append(problem.column());
                    }
                }
            }
            return out.append("::").append(data(problem.message())).toString();
        }).toList();
    }

    /** {@code {"errors": n, "warnings": n, "problems": [{"file", "line", "column", "severity", "message"}]}}. */
    public String json() {
        return pretty(json -> {
            json.writeStartObject();
            json.writeNumberField("errors", problems.stream().filter(Problem::isError).count());
            json.writeNumberField("warnings", problems.stream().filter(problem -> !problem.isError()).count());
            json.writeArrayFieldStart("problems");
            for (Problem problem : problems) {
                json.writeStartObject();
                json.writeStringField("file", problem.file() == null ? null : problem.displayPath(base));
                json.writeNumberField("line", problem.line());
                json.writeNumberField("column", problem.column());
                json.writeStringField("severity", problem.severity().label());
                json.writeStringField("message", problem.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /**
     * GitLab's code quality report: {@code [{"description", "check_name", "fingerprint", "severity",
     * "location": {"path", "lines": {"begin"}}}]}. GitLab places each entry at a file's line, so problems
     * of no file (shown in the job's log all the same) are left out.
     */
    public String gitlabCodeQuality() {
        return pretty(json -> {
            json.writeStartArray();
            for (Problem problem : problems) {
                if (problem.file() == null) {
                    continue;
                }
                json.writeStartObject();
                json.writeStringField("description", problem.message());
                json.writeStringField("check_name", "ladder");
                json.writeStringField("fingerprint", fingerprint(problem.format(base)));
                json.writeStringField("severity", problem.isError() ? "major" : "minor");
                json.writeObjectFieldStart("location");
                json.writeStringField("path", problem.displayPath(base));
                json.writeObjectFieldStart("lines");
                json.writeNumberField("begin", Math.max(1, problem.line()));
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    private interface JsonWriting {
        void write(JsonGenerator json) throws IOException;
    }

    /** JSON as {@code body} writes it, indented, ending with a line break. */
    private static String pretty(JsonWriting body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    /** GitLab tells new problems from old ones by this, so it is the same for the same problem in every run. */
    private static String fingerprint(String line) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(line.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
