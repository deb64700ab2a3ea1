package dev.ladder.diff;

/** A name that changed, such as a competency's. */
public record Rename(String before, String after) {
}
