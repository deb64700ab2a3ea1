package dev.ladder.load;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.Locale;

/**
 * Turns SnakeYAML's parser vocabulary into sentences an editor of the ladder can act on, and picks
 * the place in the YAML that such an editor has to change.
 */
final class YamlMessages {

    static final String TAG_NOT_ALLOWED = "a YAML type tag (a word starting with '!') is not allowed: front matter "
            + "holds only text, lists and dates; remove the tag";
    private static final String PREFIX = "front matter cannot be read: ";

    private YamlMessages() {
    }

    static String explain(YAMLException e) {
        String raw = raw(e);
        String lower = raw.toLowerCase(Locale.ROOT);
        String context = context(e);
        if (lower.contains("aliases")) {
            return "front matter uses too many YAML aliases ('*name'); write the values out instead";
        } else if (lower.contains("nesting depth")) {
            return "front matter is nested too deeply; fields hold text, lists and dates only";
        } else if (lower.contains("code points")) {
            return "front matter is too large; keep long text in the Markdown body";
        } else if (lower.contains("global tag is not allowed") || lower.contains("tag handle")
                || context.contains("scanning a tag")) {
            return TAG_NOT_ALLOWED;
        } else if (lower.contains("undefined alias") || context.contains("an alias") || context.contains("an anchor")) {
            return PREFIX + "a value starts with '*' or '&', which YAML reads as a reference or an anchor; "
                    + "put the value in quotes";
        } else if (lower.contains("escape character")) {
            return PREFIX + "in double quotes a backslash starts a special character such as \\n; "
                    + "put the value in single quotes instead";
        } else if (context.contains("quoted scalar")) {
            return PREFIX + "a quote opened here is never closed; add the closing quote on the same line";
        } else if (context.contains("flow sequence")) {
            return PREFIX + "a list opened here with '[' is not closed with ']', or its entries are not "
                    + "separated by commas";
        } else if (context.contains("flow mapping")) {
            return PREFIX + "a '{' opened here is not closed with '}'";
        } else if (context.contains("block scalar")) {
            return PREFIX + "a value that starts with '|' or '>' continues, indented, on the lines below; "
                    + "to start a value with these characters, put it in quotes";
        } else if (context.contains("single document")) {
            // A line such as "--- draft" is not the closing fence, but YAML reads it as a second document.
            return PREFIX + "a line starting with '---' is read as the start of another block of front matter; "
                    + "end the front matter with a line that is only '---', and put a value that starts with "
                    + "'---' in quotes";
        } else if (context.contains("directive")) {
            return PREFIX + "a line that starts with '%' is read as a YAML directive; put the value in quotes";
        } else if (lower.contains("could not find expected ':'")) {
            return PREFIX + "this line is not a 'key: value' field; write the field name, a colon and a space "
                    + "before the value";
        } else if (lower.contains("(tab)")) {
            return PREFIX + "a tab is used for indentation; indent with spaces instead";
        } else if (lower.contains("cannot start any token")) {
            return PREFIX + "a value cannot start with this character; put the value in quotes";
        } else if (lower.contains("expected the node content")) {
            return PREFIX + "a value is missing here, or starts with a character such as ',', ']' or '}' and "
                    + "must be put in quotes";
        } else if (lower.contains("sequence entries are not allowed")) {
            return PREFIX + "a list entry ('- ') must start its own line, below its field and indented";
        } else if (lower.contains("mapping values are not allowed")) {
            return PREFIX + "there is a ':' where none is expected; put a value that contains ': ' in quotes "
                    + "(title: \"Lead: platform\"), or check the indentation of this line";
        } else if (lower.contains("expected <block end>") || lower.contains("<document start>")
                || lower.contains("bad indentation")) {
            return PREFIX + "the indentation of this line does not match the lines above; fields start at the "
                    + "beginning of the line and list entries are indented the same way";
        }
        return PREFIX + printable(raw) + "; check the spelling and indentation of this line";
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
