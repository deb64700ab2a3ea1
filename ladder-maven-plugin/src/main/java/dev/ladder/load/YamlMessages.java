package dev.ladder.load;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.List;
import java.util.Locale;

/**
 * Turns SnakeYAML's parser vocabulary into sentences an editor of the ladder can act on, and picks
 * the place in the YAML that such an editor has to change.
 */
final class YamlMessages {

    static final String TAG_NOT_ALLOWED = "a YAML type tag (a word starting with '!') is not allowed: front matter "
            + "holds only text, lists and dates; remove the tag";
    private static final String PREFIX = "front matter cannot be read: ";
    private static final String TAB_INDENTATION = PREFIX + "a tab is used for indentation; indent with spaces "
            + "instead";

    private YamlMessages() {
    }

    /**
     * One cause SnakeYAML reports, recognised by words of its problem or of its context (both in lower
     * case), and what to tell the editor.
     */
    private record Cause(List<String> problemWords, List<String> contextWords, String message) {

        boolean matches(String problem, String context) {
            return problemWords.stream().anyMatch(problem::contains)
                    || contextWords.stream().anyMatch(context::contains);
        }
    }

    /** @param words the words that tell the cause, separated by '|' */
    private static Cause inProblem(String words, String message) {
        return new Cause(List.of(words.split("\\|")), List.of(), message);
    }

    private static Cause inContext(String words, String message) {
        return new Cause(List.of(), List.of(words.split("\\|")), message);
    }

    /** The causes in the order they are tried: the first that matches explains the problem. */
    private static final List<Cause> CAUSES = List.of(
            inProblem("aliases", "front matter uses too many YAML aliases ('*name'); write the values out instead"),
            inProblem("nesting depth", "front matter is nested too deeply; fields hold text, lists and dates only"),
            inProblem("code points", "front matter is too large; keep long text in the Markdown body"),
            new Cause(List.of("global tag is not allowed", "tag handle"), List.of("scanning a tag"), TAG_NOT_ALLOWED),
            new Cause(List.of("undefined alias"), List.of("an alias", "an anchor"), PREFIX + "a value starts with "
                    + "'*' or '&', which YAML reads as a reference or an anchor; put the value in quotes"),
            inProblem("escape character", PREFIX + "in double quotes a backslash starts a special character such "
                    + "as \\n; put the value in single quotes instead"),
            inContext("quoted scalar", PREFIX + "a quote opened here is never closed; add the closing quote on the "
                    + "same line"),
            inContext("flow sequence", PREFIX + "a list opened here with '[' is not closed with ']', or its entries "
                    + "are not separated by commas"),
            inContext("flow mapping", PREFIX + "a '{' opened here is not closed with '}'"),
            inContext("block scalar", PREFIX + "a value that starts with '|' or '>' continues, indented, on the "
                    + "lines below; to start a value with these characters, put it in quotes"),
            // A line such as "--- draft" is not the closing fence, but YAML reads it as a second document.
            inContext("single document", PREFIX + "a line starting with '---' is read as the start of another "
                    + "block of front matter; end the front matter with a line that is only '---', and put a value "
                    + "that starts with '---' in quotes"),
            inContext("directive", PREFIX + "a line that starts with '%' is read as a YAML directive; put the value "
                    + "in quotes"),
            inProblem("could not find expected ':'", PREFIX + "this line is not a 'key: value' field; write the "
                    + "field name, a colon and a space before the value"),
            inProblem("(tab)", TAB_INDENTATION),
            inProblem("cannot start any token", PREFIX + "a value cannot start with this character; put the value "
                    + "in quotes"),
            inProblem("expected the node content", PREFIX + "a value is missing here, or starts with a character "
                    + "such as ',', ']' or '}' and must be put in quotes"),
            inProblem("sequence entries are not allowed", PREFIX + "a list entry ('- ') must start its own line, "
                    + "below its field and indented"),
            inProblem("mapping values are not allowed", PREFIX + "there is a ':' where none is expected; put a value "
                    + "that contains ': ' in quotes (title: \"Lead: platform\"), or check the indentation of this "
                    + "line"),
            inProblem("expected <block end>|<document start>|bad indentation", PREFIX + "the indentation of this "
                    + "line does not match the lines above; fields start at the beginning of the line and list "
                    + "entries are indented the same way"));

    /**
     * Explains a problem found at {@code column} (0-based) of {@code line}: a tab after a field's name
     * ({@code title:<TAB>Data}) trips the same rule as a tab that indents, but is not indentation.
     */
    static String explain(MarkedYAMLException e, String line, int column) {
        String message = explain(e);
        boolean afterText = column > 0 && column <= line.length() && !line.substring(0, column).isBlank();
        if (message.equals(TAB_INDENTATION) && afterText) {
            String before = line.substring(0, column).strip();
            return PREFIX + "a tab separates '" + printable(before) + "' from what follows; use a space instead";
        }
        return message;
    }

    static String explain(YAMLException e) {
        String raw = raw(e);
        String problem = raw.toLowerCase(Locale.ROOT);
        String context = context(e);
        return CAUSES.stream().filter(cause -> cause.matches(problem, context)).findFirst().map(Cause::message)
                .orElseGet(() -> PREFIX + printable(raw) + "; check the spelling and indentation of this line");
    }

    /**
     * Where to point. For a token it could not finish (a quote, a tag, an alias, a key without its
     * colon) or a bracket never closed, SnakeYAML marks where it gave up, often further on or lines
     * later; the editor has to change where it started, which is the context mark.
     */
    static Mark mark(MarkedYAMLException e) {
        String context = context(e);
        boolean started = context.startsWith("while scanning") && !context.contains("next token")
                && !raw(e).contains("escape character")
                || context.contains("flow sequence") || context.contains("flow mapping");
        if (started && e.getContextMark() != null) {
            return e.getContextMark();
        }
        return e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    }

    private static String raw(YAMLException e) {
        if (e instanceof MarkedYAMLException marked && marked.getProblem() != null) {
            return marked.getProblem();
        }
        return singleLine(String.valueOf(e.getMessage()));
    }

    private static String context(YAMLException e) {
        return e instanceof MarkedYAMLException marked && marked.getContext() != null
                ? marked.getContext().toLowerCase(Locale.ROOT) : "";
    }

    private static String singleLine(String text) {
        return text.lines().findFirst().orElse("").strip();
    }

    /**
     * SnakeYAML quotes the character it found as the raw character and its code, "'\t' (9)":
     * a message keeps the code and loses the raw control character, which would garble a terminal.
     */
    private static String printable(String text) {
        return singleLine(text.replaceAll("\\p{Cc}", " ")).replaceAll(" {2,}", " ");
    }
}
