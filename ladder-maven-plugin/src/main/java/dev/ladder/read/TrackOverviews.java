package dev.ladder.read;

import dev.ladder.load.ContentFiles;
import dev.ladder.load.Document;
import dev.ladder.markdown.HeadingSection;
import dev.ladder.markdown.Markdown;
import dev.ladder.markdown.MarkdownBody;
import dev.ladder.model.Competency;
import dev.ladder.problem.Problems;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The first phase of reading: each track's overview, with its list of levels and of competencies. */
final class TrackOverviews {

    private final Markdown markdown;

    TrackOverviews(Markdown markdown) {
        this.markdown = markdown;
    }

    /** @return the track's overview, or {@code null} when its {@code _index.md} is missing or unreadable */
    TrackOverview read(ContentFiles.TrackFiles track, Problems found) {
        Document document = track.index();
        if (document == null) {
            return null;
        }
        Fields fields = FrontMatterSchema.TRACK.read(document, found);
        MarkdownBody body = Bodies.parse(markdown, document, found);
        if (body == null) {
            return null;
        }
        for (HeadingSection heading : body.sections()) {
            found.error(document.file(), heading.line(), heading.column(), "a track overview cannot have '## "
                    + heading.title() + "': '##' headings are for competency sections in level files; use '###'");
        }
        List<Competency> competencies = competencies(document, fields, found);
        Map<String, ListItem> codes = new LinkedHashMap<>();
        for (ListItem item : fields.list("levels")) {
            if (codes.putIfAbsent(item.value(), item) != null) {
                found.error(document.file(), item.line(), item.column(), "level '" + item.value()
                        + "' is listed twice in 'levels'");
            }
        }
        if (!LevelCount.allowed(document, fields, codes.size(), found)) {
            return null;
        }
        return new TrackOverview(track, document, fields, body, competencies, Collections.unmodifiableMap(codes),
                null);
    }

    private static List<Competency> competencies(Document document, Fields fields, Problems found) {
        Map<String, Competency> bySlug = new LinkedHashMap<>();
        for (ListItem item : fields.list("competencies")) {
            String slug = Markdown.slug(item.value());
            String tooLong = NameLength.problem("competency name", item.value());
            // The slug is never empty: a name without letters or digits gets the fallback anchor "id".
            if (tooLong != null) {
                found.error(document.file(), item.line(), item.column(), tooLong);
            } else if (item.value().codePoints().noneMatch(Character::isLetterOrDigit)) {
                found.error(document.file(), item.line(), item.column(), "competency '" + item.value()
                        + "' needs at least one letter or digit");
            } else if (!ThemeIds.competencyAllowed(document, item, slug, found)) {
                continue;
            } else if (bySlug.containsKey(slug)) {
                found.error(document.file(), item.line(), item.column(), "competency '" + item.value()
                        + "' is listed twice in 'competencies'");
            } else {
                bySlug.put(slug, new Competency(item.value(), slug));
            }
        }
        return List.copyOf(bySlug.values());
    }
}
