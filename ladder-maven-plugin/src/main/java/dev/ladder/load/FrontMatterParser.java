package dev.ladder.load;

import dev.ladder.problem.Problems;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Splits a file into YAML front matter and Markdown body, and composes the YAML into nodes.
 *
 * <p>The YAML is only composed, never constructed: no tag can instantiate a Java object, and the
 * composer's alias and depth limits stop "billion laughs" documents before they grow.
 */
public final class FrontMatterParser {

    static final String FENCE = "---";
    private static final Set<Tag> PLAIN_TAGS = Set.of(
            Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.SEQ, Tag.MAP);

    /**
     * Shared by every file and thread: neither is changed after it is made. A composer of our own,
     * rather than {@code Yaml.compose}, because a {@code Yaml} also builds a constructor and a
     * representer that composing never uses, and on a large ladder that was a tenth of reading it.
     */
    private static final LoaderOptions OPTIONS = options();
    private static final Resolver RESOLVER = new Resolver();

    private FrontMatterParser() {
    }

    public static Optional<Document> parse(SourceText source, Problems problems) {
        String text = source.text();
        if (text.isBlank()) {
            problems.error(source.file(), 1, "is empty; a ladder file starts with front matter between two '---' lines");
            return Optional.empty();
        }
        // Lines are found with indexOf rather than by splitting the file: only the front matter is read
        // here, and the body is cut from the text once, as it stands.
        String firstLine = line(text, 0);
        if (firstLine.isBlank()) {
            int blank = 0;
            int at = 0;
            while (at >= 0 && line(text, at).isBlank()) {
                blank++;
                at = nextLine(text, at);
            }
            if (at >= 0 && line(text, at).strip().equals(FENCE)) {
                problems.error(source.file(), 1, 1, "front matter must start on the first line: remove the "
                        + (blank == 1 ? "blank line" : blank + " blank lines") + " above the opening '---'");
                return Optional.empty();
            }
        }
        if (!firstLine.strip().equals(FENCE)) {
            problems.error(source.file(), 1, 1, "has no front matter: the first line must be '---', "
                    + "followed by fields such as 'title: ...' and another '---' line");
            return Optional.empty();
        }
        int yamlStart = nextLine(text, 0);
        int close = yamlStart;
        int closeLine = 1;
        while (close >= 0 && !line(text, close).stripTrailing().equals(FENCE)) {
            close = nextLine(text, close);
            closeLine++;
        }
        if (close < 0) {
            problems.error(source.file(), 1, 1, "front matter is never closed: add a line '---' after its last field");
            return Optional.empty();
        }
        // SnakeYAML also breaks lines at NEL, LS and PS; editors and this engine do not, so problem lines
        // would drift after one. In a title or summary they can only have meant a space.
        String yaml = (close == yamlStart ? "" : text.substring(yamlStart, close - 1))
                .replace('\u0085', ' ').replace('\u2028', ' ').replace('\u2029', ' ');
        int bodyStart = nextLine(text, close);
        String body = bodyStart < 0 ? "" : text.substring(bodyStart);
        int bodyLine = closeLine + 2;
        return fields(source, yaml, problems).map(fields -> new Document(source, fields, body, bodyLine));
    }

    /** The line of {@code text} that starts at offset {@code start}, without its line break. */
    private static String line(String text, int start) {
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** Where the line after the one starting at {@code start} starts, or -1 when that was the last line. */
    private static int nextLine(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? -1 : end + 1;
    }

    private static Optional<Map<String, FrontMatterField>> fields(SourceText source, String yaml, Problems problems) {
        Node root;
        try {
            root = new Composer(new ParserImpl(new StreamReader(yaml), OPTIONS), RESOLVER, OPTIONS).getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = YamlMessages.mark(e);
            int line = mark == null ? 1 : mark.getLine() + 2;
            int column = mark == null ? 0 : mark.getColumn() + 1;
            String[] lines = yaml.split("\n", -1);
            String text = mark == null || mark.getLine() >= lines.length ? "" : lines[mark.getLine()];
            problems.error(source.file(), line, column, YamlMessages.explain(e, text, column - 1));
            return Optional.empty();
        } catch (ReaderException e) {
            // The reader names the character but not its line, so it is looked up.
            reportAt(source, yaml, yaml.indexOf(Character.toString(e.getCodePoint())), String.format(
                    "front matter contains an invisible control character (U+%04X); delete it", e.getCodePoint()),
                    problems);
            return Optional.empty();
        } catch (YAMLException e) {
            problems.error(source.file(), 2, 0, YamlMessages.explain(e));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            // SnakeYAML refuses some malformed tags ("!a]%0") with this instead of a YAMLException.
            reportAt(source, yaml, yaml.indexOf('!'), YamlMessages.TAG_NOT_ALLOWED, problems);
            return Optional.empty();
        }
        Map<String, FrontMatterField> fields = new LinkedHashMap<>();
        if (root == null) {
            return Optional.of(fields);
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.error(source.file(), YamlNodes.line(root), YamlNodes.column(root),
                    "front matter must be fields written 'key: value', one per line, such as 'title: Senior'; here it is "
                    + (root instanceof SequenceNode ? "a list" : "a single value"));
            return Optional.empty();
        }
        boolean ok = rejectUnplainTags(source, root, problems, 0);
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.error(source.file(), YamlNodes.line(tuple.getKeyNode()), YamlNodes.column(tuple.getKeyNode()),
                        "a front-matter key must be a plain word such as 'title'");
                ok = false;
                continue;
            }
            // Composing keeps both of two equal keys; only constructing would notice, and we never construct.
            FrontMatterField earlier = fields.get(key.getValue());
            if (earlier != null) {
                problems.error(source.file(), YamlNodes.line(key), YamlNodes.column(key), "field '" + key.getValue()
                        + "' is given twice (first at line " + earlier.line() + "); keep one");
                ok = false;
                continue;
            }
            FrontMatterValue value = tuple.getValueNode() instanceof SequenceNode list
                    ? entries(source, yaml, key.getValue(), list, problems) : YamlNodes.value(tuple.getValueNode());
            fields.put(key.getValue(),
                    new FrontMatterField(key.getValue(), value, YamlNodes.line(key), YamlNodes.column(key)));
        }
        return ok ? Optional.of(fields) : Optional.empty();
    }

    /** A {@code !!java...} or custom tag is refused, even though composing alone would never run it. */
    private static boolean rejectUnplainTags(SourceText source, Node node, Problems problems, int depth) {
        if (depth > 20) {
            return true;
        }
        boolean ok = true;
        if (node.getTag().equals(Tag.MERGE)) {
            problems.error(source.file(), YamlNodes.line(node), YamlNodes.column(node),
                    "'<<' (a YAML merge key) is not allowed: write each field out");
            ok = false;
        } else if (!PLAIN_TAGS.contains(node.getTag())) {
            problems.error(source.file(), YamlNodes.line(node), YamlNodes.column(node), YamlMessages.TAG_NOT_ALLOWED);
            ok = false;
        }
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                ok &= rejectUnplainTags(source, tuple.getKeyNode(), problems, depth + 1);
                ok &= rejectUnplainTags(source, tuple.getValueNode(), problems, depth + 1);
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                ok &= rejectUnplainTags(source, item, problems, depth + 1);
            }
        }
        return ok;
    }

    /** Reports at a character offset of the YAML block, or at its first line when the offset is unknown (-1). */
    private static void reportAt(SourceText source, String yaml, int offset, String message, Problems problems) {
        if (offset < 0) {
            problems.error(source.file(), 2, 0, message);
            return;
        }
        int lineStart = yaml.lastIndexOf('\n', offset - 1) + 1;
        int line = (int) yaml.substring(0, offset).chars().filter(c -> c == '\n').count() + 2;
        problems.error(source.file(), line, yaml.codePointCount(lineStart, offset) + 1, message);
    }

    /** A list with its entries, one level deep; an entry YAML joined to the one above is reported. */
    private static FrontMatterValue entries(SourceText source, String yaml, String key, SequenceNode list,
                                            Problems problems) {
        List<FrontMatterValue> entries = new ArrayList<>();
        for (Node item : list.getValue()) {
            entries.add(item instanceof ScalarNode scalar && FoldedEntries.report(source, yaml, key, scalar, problems)
                    ? new FrontMatterValue.Reported(YamlNodes.line(item), YamlNodes.column(item))
                    : YamlNodes.value(item));
        }
        return new FrontMatterValue.Items(List.copyOf(entries), YamlNodes.line(list), YamlNodes.column(list));
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(256 * 1024);
        return options;
    }
}
