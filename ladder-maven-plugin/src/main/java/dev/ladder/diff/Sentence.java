package dev.ladder.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the diff report, such as "Renamed competency Scope to Reach", as parts that {@code diff.md}
 * and {@code diff.html} each mark up their own way: the words are chosen here, once.
 */
public record Sentence(List<Part> parts) {

    /** How a part is shown. */
    public enum Kind {
        /** The report's own words. */
        FIXED,
        /** Text from the ladder, escaped. */
        VALUE,
        /** Text from the ladder, escaped and in bold. */
        STRONG,
        /** A file name or front matter, as code. */
        CODE,
        /** The arrow between a value before and after. */
        ARROW
    }

    public record Part(Kind kind, String text) {
    }

    public Sentence {
        parts = List.copyOf(parts);
    }

    static Builder of(String words) {
        return new Builder().fixed(words);
    }

    /** "field: before → after", with "(none)" for a value that was not set. */
    static Sentence field(FieldChange field) {
        return new Builder().strong(field.field()).fixed(": ").valueOrNone(field.before()).arrow()
                .valueOrNone(field.after()).build();
    }

    static final class Builder {
        private final List<Part> parts = new ArrayList<>();

        Builder fixed(String text) {
            return add(Kind.FIXED, text);
        }

        Builder value(String text) {
            return add(Kind.VALUE, text);
        }

        Builder valueOrNone(String text) {
            return text.isEmpty() ? fixed("(none)") : value(text);
        }

        Builder strong(String text) {
            return add(Kind.STRONG, text);
        }

        Builder code(String text) {
            return add(Kind.CODE, text);
        }

        Builder arrow() {
            return add(Kind.ARROW, "");
        }

        private Builder add(Kind kind, String text) {
            parts.add(new Part(kind, text));
            return this;
        }

        Sentence build() {
            return new Sentence(parts);
        }
    }
}
