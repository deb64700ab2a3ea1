package dev.ladder.load;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The front matter nearly every ladder file has, composed into the very nodes SnakeYAML would make,
 * without SnakeYAML: a build reads thousands of these few-line blocks, and SnakeYAML's scanner is most
 * of the time spent on them before the JVM has compiled it. Only this much YAML is understood:
 *
 * <pre>
 * key: plain words
 * key: [plain, words]
 * key:
 *   - plain words
 * </pre>
 *
 * with keys at the start of their line, values of letters, digits, spaces and {@code . ( ) / _ - +} (and, outside
 * brackets, {@code , ; ' & ! ?}), and nothing else: no quotes, comments, blank lines, colons or hashes in values, tabs or characters
 * beyond ASCII. Anything else, valid or not, is left to SnakeYAML, which also words every error.
 * Tags come from SnakeYAML's own resolver, so {@code 2026-01-05} is a date and {@code yes} a boolean here too.
 */
final class PlainFrontMatter {

    private static final int LONGEST = 16 * 1024;

    private final String[] lines;
    private final Resolver resolver;
    private final int[] lineStarts;

    private PlainFrontMatter(String yaml, Resolver resolver) {
        this.lines = yaml.split("\n", -1);
        this.resolver = resolver;
        this.lineStarts = new int[lines.length];
        for (int i = 1; i < lines.length; i++) {
            lineStarts[i] = lineStarts[i - 1] + lines[i - 1].length() + 1;
        }
    }

    /** The composed front matter, or {@code null} when it is not plain enough to be sure: then ask SnakeYAML. */
    static Node compose(String yaml, Resolver resolver) {
        if (yaml.isEmpty() || yaml.length() > LONGEST || !ascii(yaml)) {
            return null;
        }
        return new PlainFrontMatter(yaml, resolver).mapping();
    }

    private Node mapping() {
        List<NodeTuple> fields = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int line = 0;
        while (line < lines.length) {
            String text = lines[line];
            int colon = keyEnd(text);
            if (colon < 0 || !keys.add(text.substring(0, colon))) {
                return null;
            }
            ScalarNode key = scalar(text.substring(0, colon), line, 0);
            Node value;
            if (colon + 1 == text.length()) {
                int end = blockSequenceEnd(line + 1);
                if (end < 0) {
                    return null;
                }
                value = blockSequence(line + 1, end);
                line = end;
            } else {
                value = text.charAt(colon + 1) == ' ' ? value(text, line, colon + 1) : null;
                line++;
            }
            if (value == null) {
                return null;
            }
            fields.add(new NodeTuple(key, value));
        }
        return new MappingNode(Tag.MAP, true, fields, mark(0, 0),
                mark(lines.length - 1, lines[lines.length - 1].length()), DumperOptions.FlowStyle.BLOCK);
    }

    /** Where a line's key ends at its colon, or -1 when the line does not start with {@code key:}. */
    private static int keyEnd(String text) {
        int end = 0;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
                || (end > 0 && text.charAt(end) == '-'))) {
            end++;
        }
        boolean startsWithLetter = end > 0 && Character.isLetter(text.charAt(0));
        return startsWithLetter && end < text.length() && text.charAt(end) == ':' ? end : -1;
    }

    /** A value after {@code key: }: plain words, or a list of them in brackets. */
    private Node value(String text, int line, int from) {
        int start = from;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        int end = text.length();
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (start == end) {
            return null;
        }
        if (text.charAt(start) == '[') {
            return text.charAt(end - 1) == ']' ? flowSequence(text, line, start, end) : null;
        }
        return plain(text, start, end, false) ? scalar(text.substring(start, end), line, start) : null;
    }

    private Node flowSequence(String text, int line, int open, int close) {
        List<Node> items = new ArrayList<>();
        int start = open + 1;
        while (true) {
            int comma = text.indexOf(',', start);
            int end = comma < 0 || comma > close - 1 ? close - 1 : comma;
            int first = start;
            while (first < end && text.charAt(first) == ' ') {
                first++;
            }
            int last = end;
            while (last > first && text.charAt(last - 1) == ' ') {
                last--;
            }
            if (first == last || !plain(text, first, last, true)) {
                return null;
            }
            items.add(scalar(text.substring(first, last), line, first));
            if (end == close - 1) {
                break;
            }
            start = end + 1;
        }
        return new SequenceNode(Tag.SEQ, true, items, mark(line, open), mark(line, close),
                DumperOptions.FlowStyle.FLOW);
    }

    /** The line after a block sequence's last item, or -1 when the lines from {@code first} are not one. */
    private int blockSequenceEnd(int first) {
        int indent = -1;
        int line = first;
        while (line < lines.length && !lines[line].isEmpty() && (lines[line].charAt(0) == ' '
                || lines[line].charAt(0) == '-')) {
            String text = lines[line];
            int dash = 0;
            while (dash < text.length() && text.charAt(dash) == ' ') {
                dash++;
            }
            if (indent < 0) {
                indent = dash;
            }
            if (dash != indent || !text.startsWith("- ", dash)) {
                return -1;
            }
            line++;
        }
        return indent < 0 ? -1 : line;
    }

    private Node blockSequence(int first, int end) {
        List<Node> items = new ArrayList<>();
        int dash = lines[first].indexOf('-');
        for (int line = first; line < end; line++) {
            Node item = value(lines[line], line, dash + 1);
            if (!(item instanceof ScalarNode)) {
                return null;
            }
            items.add(item);
        }
        return new SequenceNode(Tag.SEQ, true, items, mark(first, dash), items.get(items.size() - 1).getEndMark(),
                DumperOptions.FlowStyle.BLOCK);
    }

    /**
     * Whether {@code text[start, end)} is a plain scalar whose meaning is not in doubt. Inside brackets
     * YAML gives more characters a meaning, so fewer are taken there.
     */
    private static boolean plain(String text, int start, int end, boolean inBrackets) {
        char first = text.charAt(start);
        if (!(Character.isLetterOrDigit(first) || first == '(')) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean allowed = Character.isLetterOrDigit(c) || c == ' ' || c == '.' || c == '(' || c == ')'
                    || c == '/' || c == '_' || c == '-' || c == '+' || (!inBrackets && (c == ',' || c == ';'
                    || c == '\'' || c == '&' || c == '!' || c == '?'));
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private ScalarNode scalar(String value, int line, int column) {
        Tag tag = resolver.resolve(NodeId.scalar, value, true);
        return new ScalarNode(tag, value, mark(line, column), mark(line, column + value.length()),
                DumperOptions.ScalarStyle.PLAIN);
    }

    private Mark mark(int line, int column) {
        return new Mark("reader", lineStarts[line] + column, line, column, new int[0], 0);
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7E || (c < 0x20 && c != '\n')) {
                return false;
            }
        }
        return true;
    }
}
