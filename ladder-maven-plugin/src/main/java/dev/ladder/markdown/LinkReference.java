package dev.ladder.markdown;

import org.commonmark.node.Link;

/**
 * A link written in a content file, with where it was written.
 *
 * @param node the parsed link, whose destination the model rewrites to the page it names
 */
public record LinkReference(Link node, int line, int column) {

    public String destination() {
        return node.getDestination();
    }
}
