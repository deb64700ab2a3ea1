package dev.ladder.read;

import dev.ladder.load.Document;
import dev.ladder.markdown.HeadingSection;
import dev.ladder.markdown.Markdown;
import dev.ladder.markdown.MarkdownBody;
import dev.ladder.model.Competency;
import dev.ladder.model.Level;
import dev.ladder.model.Section;
import dev.ladder.problem.Problems;

import java.util.List;
import java.util.Map;

/**
 * A level file's body: its sections matched to the competencies and, for a level of the ladder, its
 * links checked and the part of the model it makes. Lets go of the file's text and Markdown.
 */
final class LevelBodies {

    private final Markdown markdown;
    private final LinkResolver links;

    LevelBodies(Markdown markdown, LinkResolver links) {
        this.markdown = markdown;
        this.links = links;
    }

    /**
     * @param listed whether the level is in its track's 'levels', and so a page of the site
     * @return the level, or {@code null} when it makes no page
     */
    Level read(LevelDraft draft, boolean listed, Problems found) {
        Document document = draft.release();
        MarkdownBody body = Bodies.parse(markdown, document, found);
        if (body == null) {
            return null;
        }
        List<Competency> competencies = draft.track().competencies();
        // Sections are only matched against a usable list: an error in it is reported once, in _index.md.
        Map<Competency, HeadingSection> matched = draft.track().fields().has("competencies")
                ? SectionMatcher.match(document, body, draft.track(), found) : Map.of();
        if (!listed) {
            return null;
        }
        LinkResolver resolver = links.withProblems(found);
        resolver.resolve(document.file(), body.links());
        resolver.resolveImages(document.file(), body.images());
        RawHtmlWarnings.warn(document.file(), body.rawHtml(), found);
        if (competencies.stream()
                .anyMatch(competency -> !matched.containsKey(competency) && !draft.track().inherits(competency))) {
            return null;
        }
        // A specialisation's level holds only the sections it writes until SectionInheritance adds the rest.
        List<Section> sections = competencies.stream().filter(matched::containsKey).map(competency -> {
            HeadingSection heading = matched.get(competency);
            return new Section(competency, markdown.html(heading.content()), markdown.text(heading.content()),
                    heading.line());
        }).toList();
        return new Level(draft.code(), draft.slug(), document.file(), draft.fields().text("title"),
                draft.fields().text("summary"), markdown.html(body.intro()), sections,
                draft.fields().list("aliases").stream().map(ListItem::value).toList(), null, draft.base());
    }
}
