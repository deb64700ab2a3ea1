package dev.ladder.read;

import dev.ladder.load.ContentFiles;
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
    static TrackLevels place(TrackOverview track, List<LevelFrontMatter.Read> reads, int compareReach,
                             Problems problems) {
        List<Path> withProblems = new ArrayList<>(track.files().unreadable());
        // Names of the track's level files whose level is unknown, as keys: a listed level named like one
        // of them is most likely in it, and has its problem reported there.
        Set<String> withoutCode = new HashSet<>();
        track.files().unreadable().forEach(file -> {
            withoutCode.add(key(file));
            // A link to the name the file was meant to have is right once the file's name is fixed.
            withProblems.add(file.resolveSibling(key(file) + ".md"));
        });
        Map<String, LevelDraft> byCode = new HashMap<>();
        List<LevelDraft> drafts = new ArrayList<>();
        for (LevelFrontMatter.Read read : reads) {
            if (read.draft() != null) {
                drafts.add(read.draft());
                continue;
            }
            withProblems.add(read.file());
            if (read.levelUnknown()) {
                withoutCode.add(key(read.file()));
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
        Map<String, Path> misnamed = new HashMap<>();
        for (Path file : track.files().misnamed()) {
            misnamed.putIfAbsent(key(file), file);
            withProblems.add(file.resolveSibling(ContentFiles.TrackFiles.renamed(file)));
        }
        List<LevelDraft> levels = new ArrayList<>();
        for (ListItem item : track.codes().values()) {
            LevelDraft level = byCode.get(item.value());
            String code = key(item.value());
            // A level file named after the code whose own problems hid its code is most likely this level.
            if (level == null && withoutCode.contains(code)) {
                continue;
            }
            Path unread = level == null ? misnamed.remove(code) : null;
            if (unread != null) {
                problems.error(unread, 0, "is not read, since only files ending in '.md' are level files, so level '"
                        + item.value() + "' has no file: rename it to '" + ContentFiles.TrackFiles.renamed(unread)
                        + "'");
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
        misnamed.values().stream().sorted().forEach(file -> problems.warning(file, 0, 0, "is not read, since only "
                + "files ending in '.md' are level files; if it is a level, rename it to '"
                + ContentFiles.TrackFiles.renamed(file) + "'"));
        // Without a usable list of levels, no level is placed on the ladder; the list's problem says why.
        byCode.values().stream().filter(level -> !levels.contains(level)).forEach(level -> withProblems.add(level.file()));
        AliasCheck.check(levels, compareReach, problems);
        ComparePageNames.check(levels, compareReach, problems);
        return new TrackLevels(track, List.copyOf(levels), List.copyOf(withProblems));
    }

    /**
     * A file name or level code as editors mean it: up to its extension, in lower case, with only its
     * letters and digits, so that {@code p 2.md}, {@code P2.markdown} and level {@code P2} are one name.
     */
    private static String key(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return key(dot > 0 ? name.substring(0, dot) : name);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
