package dev.ladder.read;

/** One entry of a list field, with its place in the file so a problem with it can point there. */
public record ListItem(String value, int line, int column) {
}
