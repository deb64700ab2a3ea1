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
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.StringReader;
import java.util.LinkedHashMap;
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
    private static final LoaderOptions OPTIONS = loaderOptions();
    private static final Resolver RESOLVER = new Resolver();

    private FrontMatterParser() {
    }

    public static Optional<Document> parse(SourceText source, Problems problems) {
        String text = source.text();
        if (text.isBlank()) {
            problems.error(source.file(), 1, "is empty; a ladder file starts with front matter between two '---' lines");
            return Optional.empty();
        }
        int firstEnd = lineEnd(text, 0);
        if (!text.substring(0, firstEnd).strip().equals(FENCE)) {
            problems.error(source.file(), 1, 1, "has no front matter: the first line must be '---', "
                    + "followed by fields such as 'title: ...' and another '---' line");
            return Optional.empty();
        }
        // Only the front matter's lines are looked at one by one; the body, most of a file, is cut out whole.
        int yamlStart = Math.min(firstEnd + 1, text.length());
        int close = 1;
        int start = yamlStart;
        while (firstEnd < text.length()) {
            int end = lineEnd(text, start);
            if (text.substring(start, end).stripTrailing().equals(FENCE)) {
                String yaml = close == 1 ? "" : text.substring(yamlStart, start - 1);
                String body = end < text.length() ? text.substring(end + 1) : "";
                int bodyLine = close + 2;
                return fields(source, yaml, problems).map(fields -> new Document(source, fields, body, bodyLine));
            }
            if (end == text.length()) {
                break;
            }
            start = end + 1;
            close++;
        }
        problems.error(source.file(), 1, 1, "front matter is never closed: add a line '---' after its last field");
        return Optional.empty();
    }

    /** Where the line starting at {@code start} ends: at its newline, or at the end of the text. */
    private static int lineEnd(String text, int start) {
        int newline = text.indexOf('\n', start);
        return newline < 0 ? text.length() : newline;
    }

    private static Optional<Map<String, FrontMatterField>> fields(SourceText source, String yaml, Problems problems) {
        Node root;
        try {
            root = compose(yaml);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 2;
            int column = mark == null ? 0 : mark.getColumn() + 1;
            problems.error(source.file(), line, column, YamlMessages.explain(e));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.error(source.file(), 2, 0, YamlMessages.explain(e));
            return Optional.empty();
        }
        Map<String, FrontMatterField> fields = new LinkedHashMap<>();
        if (root == null) {
            return Optional.of(fields);
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.error(source.file(), line(root), column(root),
                    "front matter must be a list of 'key: value' fields, not a single value or a list");
            return Optional.empty();
        }
        boolean ok = rejectUnplainTags(source, root, problems, 0);
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.error(source.file(), line(tuple.getKeyNode()), column(tuple.getKeyNode()),
                        "a front-matter key must be a plain word such as 'title'");
                ok = false;
                continue;
            }
            Node keyNode = tuple.getKeyNode();
            fields.put(key.getValue(), new FrontMatterField(key.getValue(), tuple.getValueNode(),
                    line(keyNode), column(keyNode)));
        }
        return ok ? Optional.of(fields) : Optional.empty();
    }

    /** The front matter's nodes: plain front matter is composed directly, anything else by SnakeYAML. */
    static Node compose(String yaml) {
        Node plain = PlainFrontMatter.compose(yaml, RESOLVER);
        return plain != null ? plain : composeWithSnakeYaml(yaml);
    }

    static Node composeWithSnakeYaml(String yaml) {
        return new Composer(new ParserImpl(new StreamReader(new StringReader(yaml)), OPTIONS), RESOLVER, OPTIONS)
                .getSingleNode();
    }

    /** A {@code !!java...} or custom tag is refused, even though composing alone would never run it. */
    private static boolean rejectUnplainTags(SourceText source, Node node, Problems problems, int depth) {
        if (depth > 20) {
            return true;
        }
        boolean ok = true;
        if (!PLAIN_TAGS.contains(node.getTag())) {
            problems.error(source.file(), line(node), column(node), "YAML tag '" + node.getTag()
                    + "' is not allowed: front matter holds only text, lists and dates");
            ok = false;
        }
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                ok &= rejectUnplainTags(source, tuple.getKeyNode(), problems, depth + 1);
                ok &= rejectUnplainTags(source, tuple.getValueNode(), problems, depth + 1);
            }
        } else if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode seq) {
            for (Node item : seq.getValue()) {
                ok &= rejectUnplainTags(source, item, problems, depth + 1);
            }
        }
        return ok;
    }

    /** The file line of a node: YAML line 0 is the file's line 2, just after the opening fence. */
    public static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 2;
    }

    public static int column(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getColumn() + 1;
    }

    /**
     * The YAML is composed directly rather than through a {@code Yaml} instance, which would build a
     * constructor and a representer for every file. Both are only read here, so threads share them.
     */
    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(256 * 1024);
        return options;
    }
}
