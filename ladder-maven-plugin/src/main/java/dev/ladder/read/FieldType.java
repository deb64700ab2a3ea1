package dev.ladder.read;

/** The kinds of value a front-matter field can hold, named as an editor would say them. */
enum FieldType {
    TEXT("text"),
    LIST("a list, such as [P1, P2] or one '- item' per line"),
    DATE("a date written YYYY-MM-DD"),
    YES_NO("true or false"),
    /** A list whose entries may be text or {@code key: value} pairs; its reader checks each entry. */
    ENTRIES("a list with one '- entry' per line");

    private final String description;

    FieldType(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
