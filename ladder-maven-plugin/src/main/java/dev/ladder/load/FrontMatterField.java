package dev.ladder.load;

/**
 * One key of a file's front matter, with its value and where the key stands in the file.
 *
 * @param line   1-based line of the key in the content file (not in the YAML block)
 * @param column 1-based column of the key
 */
public record FrontMatterField(String key, FrontMatterValue value, int line, int column) {
}
