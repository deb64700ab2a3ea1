package dev.ladder.read;

import dev.ladder.load.ContentFiles;
import dev.ladder.load.Document;
import dev.ladder.problem.Problems;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * The second phase of reading: each level file's front matter, which says whether the file is a
 * level of its track, and which. Its body waits until every page of the ladder is known.
 */
final class LevelFrontMatter {

    /**
     * A level file of a track, as read.
     *
     * @param draft       the level, or {@code null} when problems reported in the file keep it off the ladder
     * @param levelUnknown whether those problems leave the file's level unknown (its code is missing,
     *                     unreadable or not listed), so that it may well be the level its name says
     */
    record Read(TrackOverview track, Path file, LevelDraft draft, boolean levelUnknown) {
    }

    /** A level file waiting to be read, with the track it is in. */
    record Pending(TrackOverview track, Path file) {
    }

    private final ContentFiles files;

    LevelFrontMatter(ContentFiles files) {
        this.files = files;
    }

    Read read(Pending pending, Problems found) {
        Document document = files.read(pending.file(), found).orElse(null);
        if (document == null) {
            return new Read(pending.track(), pending.file(), null, true);
        }
        Fields fields = FrontMatterSchema.LEVEL.read(document, found);
        String code = fields.text("level");
        if (code.isEmpty()) {
            return new Read(pending.track(), pending.file(), null, true);
        }
        Map<String, ListItem> codes = pending.track().codes();
        if (!codes.isEmpty() && !codes.containsKey(code)) {
            found.error(document.file(), fields.line("level"), fields.valueColumn("level"), "level '" + code
                    + "' is not listed in the track's 'levels' (" + String.join(", ", codes.keySet())
                    + "); add it there or fix the code" + suggestion(code, fileSlug(document.file()), codes.keySet()));
            return new Read(pending.track(), pending.file(), null, true);
        }
        String base = BaseLevel.of(pending.track(), document, fields, code, found);
        return new Read(pending.track(), pending.file(),
                new LevelDraft(pending.track(), document, fields, code, fileSlug(document.file()), base), false);
    }

    /**
     * Codes are matched exactly, as they appear on pages, so a suggestion is a listed code that differs
     * only in case, or else the listed code the file is named after ({@code level: P7} in {@code p3.md}).
     */
    private static String suggestion(String code, String fileName, Set<String> codes) {
        return codes.stream().filter(listed -> listed.equalsIgnoreCase(code)).findFirst()
                .or(() -> codes.stream().filter(listed -> listed.equalsIgnoreCase(fileName)).findFirst())
                .map(listed -> " (did you mean '" + listed + "'?)").orElse("");
    }

    /** The file's name without {@code .md}: the name of its page. */
    static String fileSlug(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - 3);
    }
}
