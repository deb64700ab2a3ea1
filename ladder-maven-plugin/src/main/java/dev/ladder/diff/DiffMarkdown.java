package dev.ladder.diff;

import dev.ladder.words.WordDiff;
import dev.ladder.words.WordDiffMarkdown;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code diff.md}: the diff report in GitHub-flavoured Markdown, to paste as a pull request's
 * description or to post from a bot. Names and words are escaped, so the text shows as written.
 */
public final class DiffMarkdown {

    private final List<String> blocks = new ArrayList<>();

    private DiffMarkdown() {
    }

    public static String render(DiffReport report) {
        DiffMarkdown out = new DiffMarkdown();
        out.blocks.add("## Ladder changes");
        out.blocks.add("**" + escape(report.headline()) + "**");
        out.blocks.add("Compared " + describe(report.base()) + " with " + describe(report.head()) + ".");
        report.tracks().forEach(out::track);
        if (report.home() != null) {
            out.blocks.add("### Home page");
            out.list(report.home().fields());
            out.words("Introduction", report.home().intro());
        }
        return String.join("\n\n", out.blocks) + "\n";
    }

    private static String describe(LadderVersion version) {
        return version.isWorkingTree() ? "the working tree"
                : "`" + version.ref() + "` (`" + version.shortCommit() + "`)";
    }

    private void track(DiffReport.TrackReport track) {
        if (track.added() || track.removed()) {
            blocks.add("### " + escape(track.title()) + (track.added() ? " (new track)" : " (removed track)"));
            blocks.add((track.added() ? "Levels: " : "Its levels were: ")
                    + String.join(", ", track.levelNames().stream().map(name -> "**" + escape(name) + "**").toList())
                    + ".");
            return;
        }
        blocks.add("### " + escape(track.title()));
        list(track.summary().stream().flatMap(List::stream).toList());
        words("Overview", track.overview());
        for (DiffReport.LevelReport level : track.levels()) {
            blocks.add("#### " + escape(level.code() + " " + level.title()));
            list(level.fields());
            level.words().forEach(text -> words(text.title(), text.diff()));
        }
    }

    private void words(String title, WordDiff diff) {
        if (diff.changed()) {
            blocks.add("**" + escape(title) + "**");
            lines(WordDiffMarkdown.changedLines(diff));
        }
    }

    private void list(List<Sentence> sentences) {
        lines(sentences.stream().map(sentence -> "- " + markdown(sentence)).toList());
    }

    private void lines(List<String> lines) {
        if (!lines.isEmpty()) {
            blocks.add(String.join("\n", lines));
        }
    }

    private static String markdown(Sentence sentence) {
        StringBuilder out = new StringBuilder();
        for (Sentence.Part part : sentence.parts()) {
            out.append(switch (part.kind()) {
                case FIXED -> part.text();
                case VALUE -> escape(part.text());
                case STRONG -> "**" + escape(part.text()) + "**";
                case CODE -> "`" + part.text() + "`";
                case ARROW -> " → ";
            });
        }
        return out.toString();
    }

    private static String escape(String text) {
        return WordDiffMarkdown.escape(text);
    }
}
