package dev.ladder.read;

import dev.ladder.problem.Problems;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The third phase of reading: puts a track's levels in ladder order, the first file for each listed
 * code in the order of 'levels', and checks that each level has one file and one address.
 */
final class LevelOrder {

    private LevelOrder() {
    }

    /** @param reads the track's level files as read, in file-name order */
    static TrackLevels place(TrackOverview track, List<LevelFrontMatter.Read> reads, Problems problems) {
        List<Path> withProblems = new ArrayList<>(track.files().unreadable());
        // Names of the track's level files whose problems hid their code, in lower case.
        Set<String> withoutCode = new HashSet<>();
        track.files().unreadable().forEach(file -> withoutCode.add(lowerSlug(file)));
        Map<String, LevelDraft> byCode = new HashMap<>();
        List<LevelDraft> drafts = new ArrayList<>();
        for (LevelFrontMatter.Read read : reads) {
            if (read.draft() != null) {
                drafts.add(read.draft());
                continue;
            }
            withProblems.add(read.file());
            if (read.codeUnknown()) {
                withoutCode.add(lowerSlug(read.file()));
            }
        }
        for (LevelDraft draft : drafts) {
            LevelDraft earlier = byCode.putIfAbsent(draft.code(), draft);
            if (earlier != null) {
                problems.error(draft.file(), draft.fields().line("level"), draft.fields().valueColumn("level"),
                        "level '" + draft.code() + "' is also the level of " + earlier.file().getFileName()
                        + "; each level has exactly one file, so change the code in one of them");
                withProblems.add(draft.file());
            }
        }
        List<LevelDraft> levels = new ArrayList<>();
        for (ListItem item : track.codes().values()) {
            LevelDraft level = byCode.get(item.value());
            // A level file named after the code whose own problems hid its code is most likely this level.
            if (level == null && withoutCode.contains(item.value().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (level == null) {
                problems.error(track.document().file(), item.line(), item.column(), "level '" + item.value()
                        + "' has no file: add a Markdown file to " + track.slug() + "/ with 'level: "
                        + item.value() + "' in its front matter");
            } else {
                levels.add(level);
            }
        }
        // Without a usable list of levels, no level is placed on the ladder; the list's problem says why.
        byCode.values().stream().filter(level -> !levels.contains(level)).forEach(level -> withProblems.add(level.file()));
        AliasCheck.check(levels, problems);
        ComparePageNames.check(levels, problems);
        return new TrackLevels(track, List.copyOf(levels), List.copyOf(withProblems));
    }

    private static String lowerSlug(Path file) {
        return LevelFrontMatter.fileSlug(file).toLowerCase(Locale.ROOT);
    }
}
