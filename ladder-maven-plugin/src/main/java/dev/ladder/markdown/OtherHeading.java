package dev.ladder.markdown;

/**
 * A heading of a body that does not start a competency section (one written with one, three or more
 * {@code #}), kept so that a competency heading written at the wrong depth can be named at its line.
 *
 * @param depth the number of {@code #} it was written with
 */
public record OtherHeading(String title, int depth, int line, int column) {
}
