package dev.ladder.read;

import dev.ladder.load.Document;
import dev.ladder.model.Grade;
import dev.ladder.problem.NearestName;
import dev.ladder.problem.Problems;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks each level's {@code grade:} against the home page's grades: that the grade is declared, that
 * grades never go down as a track's levels go up, and that no level is left out of the grid.
 */
final class GradeCheck {

    /** The most levels without a grade named in the warning; the rest are counted, so the line stays short. */
    static final int NAMED_UNGRADED = 10;

    private GradeCheck() {
    }

    /** @return each placed level's grade, for the levels that name a declared one */
    static Map<LevelDraft, Grade> check(Document home, GradeScale scale, List<TrackLevels> tracks,
                                        Problems problems) {
        Map<LevelDraft, Grade> graded = new HashMap<>();
        if (home == null) {
            return graded;
        }
        List<LevelDraft> withGrade = new ArrayList<>();
        List<LevelDraft> without = new ArrayList<>();
        for (TrackLevels track : tracks) {
            LevelDraft previous = null;
            for (LevelDraft level : track.levels()) {
                String id = level.fields().text("grade");
                if (id.isEmpty()) {
                    // A 'grade:' line without a usable value has had its problem reported already.
                    if (level.fields().line("grade") == 0) {
                        without.add(level);
                    }
                    continue;
                }
                withGrade.add(level);
                if (!scale.declared()) {
                    continue;
                }
                Grade grade = scale.find(id);
                if (grade == null) {
                    if (scale.sound()) {
                        problems.error(level.file(), level.fields().line("grade"), level.fields().valueColumn("grade"),
                                "grade '" + id + "' is not declared in the home page's 'grades'"
                                + NearestName.hint(id, scale.ids()) + ", which lists " + String.join(", ", scale.ids())
                                + "; fix it here or add it there");
                    }
                    continue;
                }
                graded.put(level, grade);
                Grade below = previous == null ? null : graded.get(previous);
                if (below != null && grade.rank() < below.rank()) {
                    problems.error(level.file(), level.fields().line("grade"), level.fields().valueColumn("grade"),
                            "grade '" + id + "' of " + level.code() + " is lower than grade '" + below.id() + "' of "
                            + previous.code() + ", the level below it; grades go up with the levels of a track, "
                            + "so give " + level.code() + " grade " + below.id() + " or higher, or lower "
                            + previous.code() + "'s");
                }
                previous = level;
            }
        }
        if (!scale.declared() && !withGrade.isEmpty()) {
            LevelDraft first = withGrade.get(0);
            int others = withGrade.size() - 1;
            problems.error(first.file(), first.fields().line("grade"), first.fields().valueColumn("grade"),
                    "grade '" + first.fields().text("grade") + "' is given" + (others == 0 ? ""
                    : " here and in " + others + (others == 1 ? " other level" : " other levels"))
                    + ", but the home page (_index.md) declares no 'grades'; declare them there, lowest first, "
                    + "or remove the 'grade:' lines");
        }
        if (scale.declared() && scale.sound() && !without.isEmpty()) {
            problems.warning(home.file(), home.fields().get("grades").line(), home.fields().get("grades").column(),
                    ungraded(without));
        }
        return graded;
    }

    private static String ungraded(List<LevelDraft> levels) {
        List<String> named = levels.stream().limit(NAMED_UNGRADED)
                .map(level -> level.track().slug() + "/" + level.file().getFileName() + " (" + level.code() + ")")
                .toList();
        int more = levels.size() - named.size();
        return levels.size() + (levels.size() == 1 ? " level has" : " levels have") + " no grade, so the grade grid "
                + "leaves " + (levels.size() == 1 ? "it" : "them") + " out: " + String.join(", ", named)
                + (more > 0 ? " and " + more + " more" : "") + "; give each a 'grade:' line";
    }
}
