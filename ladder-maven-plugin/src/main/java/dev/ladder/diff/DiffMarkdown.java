package dev.ladder.diff;

import dev.ladder.model.Level;
import dev.ladder.words.WordDiff;
import dev.ladder.words.WordDiffMarkdown;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code diff.md}: a ladder change in GitHub-flavoured Markdown, to paste as a pull request's
 * description or to post from a bot. Names and words are escaped, so the text shows as written.
 */
public final class DiffMarkdown {

    private final List<String> blocks = new ArrayList<>();

    private DiffMarkdown() {
    }

    public static String render(LadderDiff diff, LadderVersion base, LadderVersion head) {
        DiffMarkdown out = new DiffMarkdown();
        out.blocks.add("## Ladder changes");
        out.blocks.add("**" + escape(diff.headline()) + "**");
        out.blocks.add("Compared " + describe(base) + " with " + describe(head) + ".");
        for (TrackChange track : diff.tracks()) {
            out.track(track);
        }
        if (diff.homeChanged()) {
            out.blocks.add("### Home page");
            out.list(fieldLines(diff.homeFields()));
            out.words("Introduction", diff.homeIntro());
        }
        return String.join("\n\n", out.blocks) + "\n";
    }

    private static String describe(LadderVersion version) {
        return version.isWorkingTree() ? "the working tree"
                : "`" + version.ref() + "` (`" + version.shortCommit() + "`)";
    }

    private void track(TrackChange track) {
        if (track.added() || track.removed()) {
            blocks.add("### " + escape(track.title()) + (track.added() ? " (new track)" : " (removed track)"));
            List<Level> levels = track.added() ? track.levelsAdded() : track.levelsRemoved();
            blocks.add((track.added() ? "Levels: " : "Its levels were: ")
                    + String.join(", ", levels.stream().map(DiffMarkdown::name).toList()) + ".");
            return;
        }
        blocks.add("### " + escape(track.title()));
        List<String> items = new ArrayList<>();
        track.levelsAdded().forEach(level -> items.add("- Added level " + name(level)));
        track.levelsRemoved().forEach(level -> items.add("- Removed level " + name(level)));
        for (LevelChange level : track.levels()) {
            if (level.renamed()) {
                items.add("- Renamed level **" + escape(level.code() + " " + level.title()) + "**: `" + level.oldSlug()
                        + ".html` is now `" + level.newSlug() + ".html`; " + (level.aliased()
                        ? "the old address leads to the new one"
                        : "the old address no longer works (add `aliases: [" + level.oldSlug()
                        + "]` to the level's front matter to keep it)"));
            }
        }
        if (track.levelOrder() != null) {
            items.add("- Levels reordered: " + escape(track.levelOrder().before()) + " → "
                    + escape(track.levelOrder().after()));
        }
        track.competenciesAdded().forEach(name -> items.add("- Added competency **" + escape(name) + "**"));
        track.competenciesRemoved().forEach(name -> items.add("- Removed competency **" + escape(name) + "**"));
        track.competenciesRenamed().forEach(rename -> items.add("- Renamed competency **" + escape(rename.before())
                + "** to **" + escape(rename.after()) + "**"));
        if (track.competencyOrder() != null) {
            items.add("- Competencies reordered: " + escape(track.competencyOrder().before()) + " → "
                    + escape(track.competencyOrder().after()));
        }
        items.addAll(fieldLines(track.fields()));
        list(items);
        words("Overview", track.overview());
        for (LevelChange level : track.levels()) {
            if (level.fields().isEmpty() && !level.intro().changed() && level.sections().isEmpty()) {
                continue;
            }
            blocks.add("#### " + escape(level.code() + " " + level.title()));
            list(fieldLines(level.fields()));
            words("Introduction", level.intro());
            level.sections().forEach(section -> words(section.competency(), section.diff()));
        }
    }

    private static List<String> fieldLines(List<FieldChange> fields) {
        return fields.stream().map(field -> "- **" + field.field() + "**: " + value(field.before()) + " → "
                + value(field.after())).toList();
    }

    private void words(String title, WordDiff diff) {
        if (diff.changed()) {
            blocks.add("**" + escape(title) + "**");
            list(WordDiffMarkdown.changedLines(diff));
        }
    }

    private void list(List<String> items) {
        if (!items.isEmpty()) {
            blocks.add(String.join("\n", items));
        }
    }

    private static String name(Level level) {
        return "**" + escape(level.code() + " " + level.title()) + "**";
    }

    private static String value(String value) {
        return value.isEmpty() ? "(none)" : escape(value);
    }

    private static String escape(String text) {
        return WordDiffMarkdown.escape(text);
    }
}
