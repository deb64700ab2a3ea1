package dev.ladder.load;

import dev.ladder.bench.BenchCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Plain front matter is composed into exactly the nodes SnakeYAML makes (kinds, tags, values and
 * positions), and anything it is not sure of is left to SnakeYAML.
 */
class PlainFrontMatterTest {

    private static final Resolver RESOLVER = new Resolver();

    @TempDir
    Path temp;

    @Test
    void composesTheFrontMatterOfTheLadderAsSnakeYamlDoes() throws Exception {
        List<String> blocks = new ArrayList<>(frontMatter(Path.of("..", "content")));
        blocks.addAll(frontMatter(BenchCorpus.generate(temp.resolve("content"), 3, 4, 5)));

        int plain = 0;
        for (String yaml : blocks) {
            if (PlainFrontMatter.compose(yaml, RESOLVER) != null) {
                plain++;
                assertSameAsSnakeYaml(yaml);
            }
        }
        // All but the two home pages, whose version is quoted.
        assertEquals(blocks.size() - 2, plain, "front matter composed without SnakeYAML");
    }

    @Test
    void composesKeysListsAndTypedValuesAtTheirPositions() {
        Node root = PlainFrontMatter.compose("title: Senior  \nlevels: [P1,  P2 , P3]\neffective: 2026-01-05\n"
                + "competencies:\n  - Feature development\n  -   Observability\non: yes", RESOLVER);

        assertNotNull(root);
        assertEquals(describe(FrontMatterParser.composeWithSnakeYaml("title: Senior  \nlevels: [P1,  P2 , P3]\n"
                + "effective: 2026-01-05\ncompetencies:\n  - Feature development\n  -   Observability\non: yes")),
                describe(root));
        assertEquals("map@0:0{str@0:0'title'=str@0:7'Senior', str@1:0'levels'=seq@1:8[str@1:9'P1', str@1:14'P2',"
                + " str@1:19'P3'], str@2:0'effective'=timestamp@2:11'2026-01-05', str@3:0'competencies'=seq@4:2["
                + "str@4:4'Feature development', str@5:6'Observability'], bool@6:0'on'=bool@6:4'yes'}", describe(root));
    }

    @Test
    void leavesAnythingElseToSnakeYaml() {
        for (String yaml : List.of("", "title: \"Quoted\"", "title: a: b", "title: x # comment", "# comment\ntitle: x",
                "title: x\n\nlevel: y", "title: x\ntitle: y", "title:\n", "title:", "title: -x", "title: [a, [b]]",
                "title: []", "title: [a,]", "title: a\n  continued", "list:\n  - a\n   - b", "list:\n  - a\n  -",
                "title: caf\u00e9", "title:\tx", "title: *alias", "title: &anchor x", "title: !!str x", "- a",
                "title: x\n- a", "1: x", "title: {a: b}", "list:\n  - [a]", "title: a\u0085b", "<<: x")) {
            assertNull(PlainFrontMatter.compose(yaml, RESOLVER), yaml);
        }
    }

    @Test
    void neverDisagreesWithSnakeYamlOnRandomFrontMatter() {
        SplittableRandom random = new SplittableRandom(7);
        String[] keys = {"title", "level", "on", "null", "yes", "summary", "levels", "a-b", "x_1", "Title"};
        String alphabet = "abcXYZ019 .,;:#'\"-_[]()/&!?*|>%@{}+=<~\t";
        int plain = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder yaml = new StringBuilder();
            int fields = 1 + random.nextInt(4);
            for (int f = 0; f < fields; f++) {
                yaml.append(keys[random.nextInt(keys.length)]).append(random.nextInt(8) == 0 ? ":" : ": ");
                switch (random.nextInt(4)) {
                    case 0 -> {
                        yaml.append('[');
                        int items = random.nextInt(4);
                        for (int i = 0; i < items; i++) {
                            yaml.append(i > 0 ? "," + " ".repeat(random.nextInt(3)) : "").append(words(random, alphabet));
                        }
                        yaml.append(random.nextInt(6) == 0 ? "" : "]");
                    }
                    case 1 -> {
                        int indent = random.nextInt(3);
                        int items = random.nextInt(3);
                        for (int i = 0; i < items; i++) {
                            yaml.append('\n').append(" ".repeat(random.nextInt(8) == 0 ? random.nextInt(3) : indent))
                                    .append("-").append(" ".repeat(random.nextInt(3))).append(words(random, alphabet));
                        }
                    }
                    default -> yaml.append(words(random, alphabet));
                }
                if (f + 1 < fields) {
                    yaml.append(random.nextInt(10) == 0 ? "\n\n" : "\n");
                }
            }
            if (PlainFrontMatter.compose(yaml.toString(), RESOLVER) != null) {
                plain++;
                assertSameAsSnakeYaml(yaml.toString());
            }
        }
        assertTrue(plain > 5_000, "enough random cases were plain to compare: " + plain);
    }

    private static String words(SplittableRandom random, String alphabet) {
        StringBuilder out = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            out.append(random.nextInt(5) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                    : "abcdefghij".charAt(random.nextInt(10)));
        }
        return out.toString();
    }

    private static void assertSameAsSnakeYaml(String yaml) {
        Node plain = PlainFrontMatter.compose(yaml, RESOLVER);
        Node snake;
        try {
            snake = FrontMatterParser.composeWithSnakeYaml(yaml);
        } catch (YAMLException e) {
            fail("composed front matter that SnakeYAML refuses (" + e.getMessage() + "):\n" + yaml);
            return;
        }
        assertEquals(describe(snake), describe(plain), yaml);
    }

    /** A node's kind, tag, position and value, and the same of everything in it. */
    private static String describe(Node node) {
        String at = node.getTag().getValue().replace("tag:yaml.org,2002:", "") + "@" + node.getStartMark().getLine()
                + ":" + node.getStartMark().getColumn();
        if (node instanceof ScalarNode scalar) {
            return at + "'" + scalar.getValue() + "'";
        }
        if (node instanceof SequenceNode sequence) {
            return at + sequence.getValue().stream().map(PlainFrontMatterTest::describe).toList();
        }
        List<String> fields = new ArrayList<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            fields.add(describe(tuple.getKeyNode()) + "=" + describe(tuple.getValueNode()));
        }
        return at + "{" + String.join(", ", fields) + "}";
    }

    private static List<String> frontMatter(Path content) throws IOException {
        List<String> blocks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(file);
                int close = text.indexOf("\n---", 4);
                blocks.add(text.substring(4, close));
            }
        }
        return blocks;
    }
}
