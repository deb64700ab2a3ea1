package dev.ladder.load;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.List;

/**
 * Composed YAML nodes in the engine's terms, with their places in the file, so that SnakeYAML's types stay
 * inside this package.
 */
final class YamlNodes {

    private YamlNodes() {
    }

    /** A value in the engine's terms; a list here is one inside a list, kept without its entries. */
    static FrontMatterValue value(Node node) {
        if (node instanceof ScalarNode scalar) {
            return new FrontMatterValue.Text(scalar.getValue(),
                    scalar.getTag().equals(Tag.NULL) || scalar.getValue().isBlank(), line(node), column(node));
        }
        if (node instanceof SequenceNode) {
            return new FrontMatterValue.Items(List.of(), line(node), column(node));
        }
        List<FrontMatterField> fields = new ArrayList<>();
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && tuple.getValueNode() instanceof ScalarNode) {
                    fields.add(new FrontMatterField(key.getValue(), value(tuple.getValueNode()), line(key),
                            column(key)));
                } else {
                    // Only text is read inside a group: a nested list or group stands for itself, without content.
                    fields.add(new FrontMatterField(String.valueOf(tuple.getKeyNode() instanceof ScalarNode key
                            ? key.getValue() : ""), new FrontMatterValue.Group(List.of(),
                            line(tuple.getValueNode()), column(tuple.getValueNode())), line(tuple.getKeyNode()),
                            column(tuple.getKeyNode())));
                }
            }
        }
        return new FrontMatterValue.Group(fields, line(node), column(node));
    }

    /** The file line of a node: YAML line 0 is the file's line 2, just after the opening fence. */
    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 2;
    }

    static int column(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getColumn() + 1;
    }
}
