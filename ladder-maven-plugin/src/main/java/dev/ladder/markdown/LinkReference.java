package dev.ladder.markdown;

import org.commonmark.node.Link;

import java.util.regex.Pattern;

/**
 * A link written in a content file, with where it was written.
 *
 * @param node the parsed link, whose destination the model rewrites to the page it names
 */
public record LinkReference(Link node, int line, int column) {

    /** A scheme at the start of an address, such as {@code https:}: the one pattern for it. */
    public static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    public String destination() {
        return node.getDestination();
    }
}
