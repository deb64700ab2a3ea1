package dev.ladder.diff;

/**
 * A front-matter field whose value changed.
 *
 * @param field  the key as written in the front matter, such as {@code title}
 * @param before {@code ""} when the field was not set
 * @param after  {@code ""} when the field is no longer set
 */
public record FieldChange(String field, String before, String after) {
}
