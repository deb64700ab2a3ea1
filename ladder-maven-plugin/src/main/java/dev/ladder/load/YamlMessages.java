package dev.ladder.load;

import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.Locale;

/** Turns SnakeYAML's parser vocabulary into sentences an editor of the ladder can act on. */
final class YamlMessages {

    private YamlMessages() {
    }

    static String explain(YAMLException e) {
        String raw = e instanceof MarkedYAMLException marked && marked.getProblem() != null
                ? marked.getProblem() : String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        String lower = raw.toLowerCase(Locale.ROOT);
        String hint;
        if (lower.contains("duplicate key")) {
            hint = "a field is given twice; keep one";
        } else if (lower.contains("aliases")) {
            return "front matter uses too many YAML aliases ('*name'); write the values out instead";
        } else if (lower.contains("nesting depth")) {
            return "front matter is nested too deeply; fields hold text, lists and dates only";
        } else if (lower.contains("code points")) {
            return "front matter is too large; keep long text in the Markdown body";
        } else if (lower.contains("mapping values are not allowed")) {
            hint = "a value that contains ': ' must be put in quotes";
        } else if (lower.contains("could not find expected ':'")) {
            hint = "each field is written 'key: value'";
        } else if (lower.contains("found character '\\t'") || lower.contains("tab")) {
            hint = "indent front matter with spaces, not tabs";
        } else if (lower.contains("expected <block end>") || lower.contains("bad indentation")) {
            hint = "check the indentation of this line against the lines above";
        } else if (lower.contains("found unexpected end of stream") || lower.contains("while scanning a quoted")) {
            hint = "a quote is opened but never closed";
        } else {
            hint = "check the spelling and indentation of this line";
        }
        return "invalid YAML in front matter: " + raw + " (" + hint + ")";
    }
}
