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
     * @param codeUnknown whether those problems hid the file's level code
     */
    record Read(TrackOverview track, Path file, LevelDraft draft, boolean codeUnknown) {
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
                    + "); add it there or fix the code" + sameButForCase(code, codes.keySet()));
            return new Read(pending.track(), pending.file(), null, false);
        }
        return new Read(pending.track(), pending.file(),
                new LevelDraft(pending.track(), document, fields, code, fileSlug(document.file())), false);
    }

    /** Codes are matched exactly, as they appear on pages; only a difference of case gets a suggestion. */
    private static String sameButForCase(String code, Set<String> codes) {
        return codes.stream().filter(listed -> listed.equalsIgnoreCase(code)).findFirst()
                .map(listed -> " (did you mean '" + listed + "'?)").orElse("");
    }

    /** The file's name without {@code .md}: the name of its page. */
    static String fileSlug(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - 3);
    }
}
