package dev.ladder.read;

import dev.ladder.load.Document;
import dev.ladder.load.FrontMatterField;
import dev.ladder.load.FrontMatterValue;
import dev.ladder.problem.NearestName;
import dev.ladder.problem.Problems;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The keys a kind of content file may have, which of them are required, and what type each holds.
 * Immutable; built once per kind of file.
 */
public final class FrontMatterSchema {

    static final FrontMatterSchema HOME = new FrontMatterSchema("the home page", required("title", FieldType.TEXT),
            optional("organisation", FieldType.TEXT), optional("version", FieldType.TEXT),
            optional("effective", FieldType.DATE), optional("cumulative", FieldType.YES_NO),
            optional("grades", FieldType.ENTRIES));

    static final FrontMatterSchema TRACK = new FrontMatterSchema("a track", required("title", FieldType.TEXT),
            optional("family", FieldType.TEXT), optional("summary", FieldType.TEXT),
            required("levels", FieldType.LIST), required("competencies", FieldType.LIST),
            optional("extends", FieldType.TEXT), optional("omit", FieldType.LIST));

    static final FrontMatterSchema LEVEL = new FrontMatterSchema("a level", required("level", FieldType.TEXT),
            required("title", FieldType.TEXT), optional("summary", FieldType.TEXT),
            optional("aliases", FieldType.LIST), optional("grade", FieldType.TEXT),
            optional("base", FieldType.TEXT));

    /** A key a kind of file may have. */
    private record Key(String name, FieldType type, boolean required) {
    }

    private static Key required(String name, FieldType type) {
        return new Key(name, type, true);
    }

    private static Key optional(String name, FieldType type) {
        return new Key(name, type, false);
    }

    private final String kind;
    private final Map<String, FieldType> types = new LinkedHashMap<>();
    private final Set<String> required = new LinkedHashSet<>();
    private final List<String> keys;

    private FrontMatterSchema(String kind, Key... keys) {
        this.kind = kind;
        for (Key key : keys) {
            types.put(key.name(), key.type());
            if (key.required()) {
                required.add(key.name());
            }
        }
        this.keys = List.copyOf(types.keySet());
    }

    /** Checks every key of {@code document}, reporting all problems, and returns the values that are sound. */
    public Fields read(Document document, Problems problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        Map<String, Integer> valueColumns = new LinkedHashMap<>();
        Set<String> suggested = new HashSet<>();
        for (FrontMatterField field : document.fields().values()) {
            FieldType type = types.get(field.key());
            if (type == null) {
                Optional<String> nearest = NearestName.among(field.key(), keys);
                nearest.ifPresent(suggested::add);
                problems.error(document.file(), field.line(), field.column(), "unknown field '" + field.key()
                        + "'" + nearest.map(name -> " (did you mean '" + name + "'?)").orElse("")
                        + "; " + kind + " may have: " + String.join(", ", keys));
                continue;
            }
            lines.put(field.key(), field.line());
            valueColumns.put(field.key(), field.value().column());
            Object value = convert(document, field, type, problems);
            if (value != null) {
                values.put(field.key(), value);
            }
        }
        for (String key : keys) {
            // A misspelt key already got "did you mean"; saying the right one is missing too would be noise.
            if (required.contains(key) && !document.fields().containsKey(key) && !suggested.contains(key)) {
                problems.error(document.file(), 1, 1, "missing required field '" + key + "': " + kind + " needs a line '"
                        + key + ": ...' between its '---' lines");
            }
        }
        return new Fields(values, lines, valueColumns);
    }

    private static Object convert(Document document, FrontMatterField field, FieldType type, Problems problems) {
        FrontMatterValue value = field.value();
        if (value instanceof FrontMatterValue.Text text && text.empty()) {
            problems.error(document.file(), field.line(), field.column(), "field '" + field.key()
                    + "' is empty; give it a value or remove the line");
            return null;
        }
        return switch (type) {
            case TEXT -> {
                if (value instanceof FrontMatterValue.Text text) {
                    yield text.text().strip();
                }
                yield wrongType(document, field, type, problems);
            }
            case DATE -> {
                if (value instanceof FrontMatterValue.Text text) {
                    try {
                        yield LocalDate.parse(text.text().strip());
                    } catch (DateTimeParseException e) {
                        problems.error(document.file(), value.line(), value.column(), "field '" + field.key()
                                + "' must be " + type.description() + ", but is '" + text.text() + "'");
                        yield null;
                    }
                }
                yield wrongType(document, field, type, problems);
            }
            case YES_NO -> {
                if (value instanceof FrontMatterValue.Text text) {
                    String word = text.text().strip();
                    if (word.equals("true") || word.equals("false")) {
                        yield Boolean.valueOf(word);
                    }
                    problems.error(document.file(), value.line(), value.column(), "field '" + field.key()
                            + "' must be " + type.description() + ", but is '" + text.text() + "'");
                    yield null;
                }
                yield wrongType(document, field, type, problems);
            }
            case ENTRIES -> {
                if (value instanceof FrontMatterValue.Items list) {
                    yield list;
                }
                yield wrongType(document, field, type, problems);
            }
            case LIST -> {
                if (!(value instanceof FrontMatterValue.Items list)) {
                    yield wrongType(document, field, type, problems);
                }
                List<ListItem> items = new ArrayList<>();
                boolean ok = true;
                for (FrontMatterValue item : list.entries()) {
                    if (item instanceof FrontMatterValue.Text text && !text.empty()) {
                        items.add(new ListItem(text.text().strip(), item.line(), item.column()));
                    } else if (item instanceof FrontMatterValue.Reported) {
                        ok = false;
                    } else {
                        problems.error(document.file(), item.line(), item.column(),
                                "each entry of '" + field.key() + "' must be a single word or phrase");
                        ok = false;
                    }
                }
                if (ok && items.isEmpty()) {
                    problems.error(document.file(), field.line(), field.column(),
                            "field '" + field.key() + "' must list at least one entry");
                    yield null;
                }
                yield ok ? List.copyOf(items) : null;
            }
        };
    }

    private static Object wrongType(Document document, FrontMatterField field, FieldType type, Problems problems) {
        String found = field.value() instanceof FrontMatterValue.Text ? "text"
                : field.value() instanceof FrontMatterValue.Items ? "a list" : "a group of fields";
        problems.error(document.file(), field.value().line(), field.value().column(),
                "field '" + field.key() + "' must be " + type.description() + ", but is " + found);
        return null;
    }
}
