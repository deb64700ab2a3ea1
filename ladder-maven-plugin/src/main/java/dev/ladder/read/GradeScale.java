package dev.ladder.read;

import dev.ladder.load.ContentLoader;
import dev.ladder.load.Document;
import dev.ladder.load.FrontMatterField;
import dev.ladder.load.FrontMatterValue;
import dev.ladder.model.Grade;
import dev.ladder.problem.Problems;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The home page's {@code grades:}, lowest first, each entry a grade id ({@code - G5}) or an id and its
 * name ({@code - G5: Senior}), as an HR partner writes a job architecture's bands.
 *
 * @param grades   the grades read, in the order written
 * @param declared whether the home page has a {@code grades:} field at all
 * @param sound    whether every entry was read: when not, a level naming a grade not read is not reported
 *                 again, since the entry's problem is the cause
 */
record GradeScale(List<Grade> grades, boolean declared, boolean sound) {

    static final GradeScale NONE = new GradeScale(List.of(), false, true);

    private static final String SHAPE = "a grade must be an id, such as '- G5', or an id and its name, "
            + "such as '- G5: Senior'";

    /** Reads {@code grades:} of the home page, reporting each entry that is not a grade once. */
    static GradeScale read(Document home, Fields fields, Problems problems) {
        if (home == null || !fields.has("grades")) {
            // A 'grades:' of the wrong type has been reported by the schema; levels are then not checked against it.
            return home != null && home.fields().containsKey("grades") ? new GradeScale(List.of(), true, false) : NONE;
        }
        FrontMatterValue.Items items = fields.entries("grades");
        if (items.entries().isEmpty()) {
            problems.error(home.file(), fields.line("grades"), fields.valueColumn("grades"),
                    "'grades' lists no grade; list them lowest first, one '- G1: Name' per line, or remove the field");
            return new GradeScale(List.of(), true, false);
        }
        Map<String, Grade> byKey = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        boolean sound = true;
        for (FrontMatterValue entry : items.entries()) {
            Grade grade = grade(home, entry, byKey.size(), problems);
            if (grade == null) {
                sound = false;
                continue;
            }
            String key = grade.id().toLowerCase(Locale.ROOT);
            Grade first = byKey.get(key);
            if (first != null) {
                problems.error(home.file(), entry.line(), entry.column(), "grade '" + grade.id()
                        + "' is declared twice in 'grades' (first at line " + lines.get(key)
                        + (first.id().equals(grade.id()) ? "" : ", as '" + first.id() + "'") + "); keep one");
                sound = false;
                continue;
            }
            byKey.put(key, grade);
            lines.put(key, entry.line());
        }
        return new GradeScale(List.copyOf(byKey.values()), true, sound);
    }

    /** One entry as a grade of rank {@code rank}, or {@code null} when it is not one (and that is reported). */
    private static Grade grade(Document home, FrontMatterValue entry, int rank, Problems problems) {
        String id;
        String name = "";
        if (entry instanceof FrontMatterValue.Reported) {
            return null;
        } else if (entry instanceof FrontMatterValue.Text text && !text.empty()) {
            id = text.text().strip();
        } else if (entry instanceof FrontMatterValue.Group group && group.fields().size() == 1
                && group.fields().get(0).value() instanceof FrontMatterValue.Text text) {
            FrontMatterField pair = group.fields().get(0);
            id = pair.key().strip();
            if (text.empty()) {
                problems.error(home.file(), text.line(), text.column(), "grade '" + id + "' has no name after its "
                        + "colon; write the name, such as '- " + id + ": Senior', or remove the colon");
                return null;
            }
            name = text.text().strip();
        } else {
            problems.error(home.file(), entry.line(), entry.column(), SHAPE);
            return null;
        }
        if (!ContentLoader.SLUG.matcher(id).matches()) {
            problems.error(home.file(), entry.line(), entry.column(), "grade id '" + id + "' cannot be part of a web "
                    + "address; use letters, digits, '-' and '_' only, such as 'G5', and put words in its name");
            return null;
        }
        return new Grade(id, name, rank);
    }

    /** The grade with this exact id, or {@code null}. */
    Grade find(String id) {
        return grades.stream().filter(grade -> grade.id().equals(id)).findFirst().orElse(null);
    }

    List<String> ids() {
        return grades.stream().map(Grade::id).toList();
    }
}
