package dev.ladder.read;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The front-matter values of one file that passed their schema: each present key has a value of
 * its declared type, so readers need no further checks.
 */
public record Fields(Map<String, Object> values, Map<String, Integer> lines, Map<String, Integer> valueColumns) {

    public String text(String key) {
        Object value = values.get(key);
        return value instanceof String text ? text : "";
    }

    @SuppressWarnings("unchecked")
    public List<ListItem> list(String key) {
        Object value = values.get(key);
        return value instanceof List<?> list ? (List<ListItem>) list : List.of();
    }

    /** A list field's entries as written, for a reader that checks them itself; {@code null} when absent. */
    public dev.ladder.load.FrontMatterValue.Items entries(String key) {
        return values.get(key) instanceof dev.ladder.load.FrontMatterValue.Items items ? items : null;
    }

    public LocalDate date(String key) {
        return values.get(key) instanceof LocalDate date ? date : null;
    }

    /** A true-or-false field's value, or {@code otherwise} when it is absent. */
    public boolean yesNo(String key, boolean otherwise) {
        return values.get(key) instanceof Boolean value ? value : otherwise;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The line of a key in its file, or 0 when the key is absent. */
    public int line(String key) {
        return lines.getOrDefault(key, 0);
    }

    /** The column where a key's value starts, or 0 when the key is absent. */
    public int valueColumn(String key) {
        return valueColumns.getOrDefault(key, 0);
    }
}
