package dev.ladder.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The ladder as a whole, from {@code content/_index.md}.
 *
 * @param organisation may be {@code ""}
 * @param version      may be {@code ""}
 * @param effective    the date this version of the ladder applies from; may be {@code null}
 * @param cumulative   whether each level assumes everything below it and lists only what it adds (so a
 *                     lower level's bullet a higher one does not repeat carries over), or restates all it expects
 * @param grades       the job architecture's grades, lowest first; empty when the ladder declares none
 */
public record Home(Path file, String title, String organisation, String version, LocalDate effective,
                   String introHtml, boolean cumulative, List<Grade> grades) {

    public Home {
        grades = grades == null ? List.of() : List.copyOf(grades);
    }

    /** A home page that declares no grades. */
    public Home(Path file, String title, String organisation, String version, LocalDate effective,
                String introHtml, boolean cumulative) {
        this(file, title, organisation, version, effective, introHtml, cumulative, List.of());
    }

    /** What a ladder is when its home page does not say: levels that build on the ones below. */
    public static final boolean CUMULATIVE = true;

    /** A cumulative ladder's home page. */
    public Home(Path file, String title, String organisation, String version, LocalDate effective, String introHtml) {
        this(file, title, organisation, version, effective, introHtml, CUMULATIVE);
    }

    private static final java.time.format.DateTimeFormatter READABLE =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH);

    /** The effective date as people write it ("5 January 2026"), or {@code ""}. */
    public String effectiveText() {
        return effective == null ? "" : READABLE.format(effective);
    }

    /** The effective date as ISO 8601, for {@code <time datetime>}, or {@code ""}. */
    public String effectiveIso() {
        return effective == null ? "" : effective.toString();
    }
}
