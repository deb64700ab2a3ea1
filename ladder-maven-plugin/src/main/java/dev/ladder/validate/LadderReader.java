package dev.ladder.validate;

import dev.ladder.load.ContentLoader;
import dev.ladder.load.ContentSource;
import dev.ladder.load.Document;
import dev.ladder.load.TrackSource;
import dev.ladder.markdown.HeadingSection;
import dev.ladder.markdown.Markdown;
import dev.ladder.markdown.MarkdownBody;
import dev.ladder.model.Changelog;
import dev.ladder.model.Competency;
import dev.ladder.model.Home;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Section;
import dev.ladder.model.Track;
import dev.ladder.problem.Problems;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what was loaded into the model, checking it against the content format on the way.
 * Every problem is reported; the model is returned only when there was no error.
 */
public final class LadderReader {

    private final Markdown markdown;
    private final Problems problems;

    public LadderReader(Markdown markdown, Problems problems) {
        this.markdown = markdown;
        this.problems = problems;
    }

    public Optional<Ladder> read(ContentSource source) {
        Document homeDocument = source.home();
        Fields homeFields = homeDocument == null ? null : FrontMatterSchema.HOME.read(homeDocument, problems);
        MarkdownBody homeBody = homeDocument == null ? null : parse(homeDocument);
        List<TrackDraft> tracks = new ArrayList<>();
        List<Path> withProblems = new ArrayList<>();
        for (TrackSource track : source.tracks()) {
            readTrack(track).ifPresentOrElse(tracks::add, () -> withProblems.add(track.directory()));
        }
        tracks.forEach(track -> withProblems.addAll(track.levelsWithProblems()));
        PageIndex pages = index(source, tracks);
        withProblems.forEach(pages::addWithProblems);
        LinkResolver links = new LinkResolver(source.directory(), pages, problems);
        if (homeBody != null) {
            links.resolve(homeDocument.file(), homeBody.links());
        }
        MarkdownBody changelogBody = source.changelog() == null ? null
                : markdown.parseWhole(source.changelog().text(), 1);
        if (changelogBody != null) {
            links.resolve(source.changelog().file(), changelogBody.links());
        }
        for (TrackDraft track : tracks) {
            links.resolve(track.document().file(), track.body().links());
            for (LevelDraft level : track.levels()) {
                links.resolve(level.document().file(), level.body().links());
            }
        }
        if (problems.hasErrors() || homeDocument == null) {
            return Optional.empty();
        }
        Home home = new Home(homeDocument.file(), homeFields.text("title"), homeFields.text("organisation"),
                homeFields.text("version"), homeFields.date("effective"), markdown.html(homeBody.intro()));
        List<Track> model = tracks.stream().map(this::toTrack)
                .sorted(Comparator.comparing(Track::family).thenComparing(Track::title).thenComparing(Track::slug))
                .toList();
        Changelog changelog = changelogBody == null ? null
                : new Changelog(source.changelog().file(), markdown.html(changelogBody.intro()));
        return Optional.of(new Ladder(home, model, changelog));
    }

    private Optional<TrackDraft> readTrack(TrackSource source) {
        Document document = source.index();
        if (document == null) {
            return Optional.empty();
        }
        Fields fields = FrontMatterSchema.TRACK.read(document, problems);
        MarkdownBody body = parse(document);
        for (HeadingSection heading : body.sections()) {
            problems.error(document.file(), heading.line(), heading.column(), "a track overview cannot have '## "
                    + heading.title() + "': '##' headings are for competency sections in level files; use '###'");
        }
        List<Competency> competencies = competencies(document, fields);
        Map<String, ListItem> codes = new LinkedHashMap<>();
        for (ListItem item : fields.list("levels")) {
            if (codes.putIfAbsent(item.value(), item) != null) {
                problems.error(document.file(), item.line(), item.column(), "level '" + item.value()
                        + "' is listed twice in 'levels'");
            }
        }
        Map<String, LevelDraft> byCode = new HashMap<>();
        List<Path> withProblems = new ArrayList<>(source.unreadable());
        Set<String> withoutCode = new HashSet<>();
        source.unreadable().forEach(file -> withoutCode.add(fileSlug(file).toLowerCase(Locale.ROOT)));
        // Sections are only matched against a usable list: an error in it is reported once, in _index.md.
        List<Competency> sectionNames = fields.has("competencies") ? competencies : null;
        for (Document level : source.levels()) {
            Optional<LevelDraft> read = readLevel(level, codes, sectionNames, withoutCode);
            if (read.isEmpty()) {
                withProblems.add(level.file());
                continue;
            }
            LevelDraft earlier = byCode.putIfAbsent(read.get().code(), read.get());
            if (earlier != null) {
                Fields levelFields = read.get().fields();
                problems.error(level.file(), levelFields.line("level"), levelFields.valueColumn("level"),
                        "level '" + read.get().code() + "' is also the level of "
                        + earlier.document().file().getFileName()
                        + "; each level has exactly one file, so change the code in one of them");
                withProblems.add(level.file());
            }
        }
        List<LevelDraft> ordered = new ArrayList<>();
        for (ListItem item : codes.values()) {
            LevelDraft level = byCode.get(item.value());
            // A level file named after the code whose own problems hid its code is most likely this level.
            if (level == null && withoutCode.contains(item.value().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (level == null) {
                problems.error(document.file(), item.line(), item.column(), "level '" + item.value()
                        + "' has no file: add a Markdown file to " + source.slug() + "/ with 'level: "
                        + item.value() + "' in its front matter");
            } else {
                ordered.add(level);
            }
        }
        // Without a usable list of levels, no level is placed on the ladder; the list's problem says why.
        byCode.values().stream().filter(level -> !ordered.contains(level))
                .forEach(level -> withProblems.add(level.document().file()));
        AliasCheck.check(ordered, problems);
        return Optional.of(new TrackDraft(source.slug(), document, fields, body, competencies, List.copyOf(ordered),
                List.copyOf(withProblems)));
    }

    private List<Competency> competencies(Document document, Fields fields) {
        Map<String, Competency> bySlug = new LinkedHashMap<>();
        for (ListItem item : fields.list("competencies")) {
            String slug = Markdown.slug(item.value());
            // The slug is never empty: a name without letters or digits gets the fallback anchor "id".
            if (item.value().codePoints().noneMatch(Character::isLetterOrDigit)) {
                problems.error(document.file(), item.line(), item.column(), "competency '" + item.value()
                        + "' needs at least one letter or digit");
            } else if (bySlug.containsKey(slug)) {
                problems.error(document.file(), item.line(), item.column(), "competency '" + item.value()
                        + "' is listed twice in 'competencies'");
            } else {
                bySlug.put(slug, new Competency(item.value(), slug));
            }
        }
        return List.copyOf(bySlug.values());
    }

    /**
     * @param competencies the track's, or {@code null} when its list is broken and sections cannot be checked
     * @param withoutCode  gets the file's name when its code is missing or unusable
     */
    private Optional<LevelDraft> readLevel(Document document, Map<String, ListItem> codes,
                                           List<Competency> competencies, Set<String> withoutCode) {
        Fields fields = FrontMatterSchema.LEVEL.read(document, problems);
        MarkdownBody body = parse(document);
        String code = fields.text("level");
        if (code.isEmpty()) {
            withoutCode.add(fileSlug(document.file()).toLowerCase(Locale.ROOT));
            return Optional.empty();
        }
        if (!codes.isEmpty() && !codes.containsKey(code)) {
            problems.error(document.file(), fields.line("level"), fields.valueColumn("level"), "level '" + code
                    + "' is not listed in the track's 'levels' (" + String.join(", ", codes.keySet())
                    + "); add it there or fix the code" + sameButForCase(code, codes.keySet()));
            return Optional.empty();
        }
        Map<Competency, HeadingSection> sections = competencies == null ? Map.of()
                : SectionMatcher.match(document, body.sections(), competencies, problems);
        return Optional.of(new LevelDraft(document, fields, body, code, fileSlug(document.file()), sections));
    }

    /** Codes are matched exactly, as they appear on pages; only a difference of case gets a suggestion. */
    private static String sameButForCase(String code, Set<String> codes) {
        return codes.stream().filter(listed -> listed.equalsIgnoreCase(code)).findFirst()
                .map(listed -> " (did you mean '" + listed + "'?)").orElse("");
    }

    /** The file's name without {@code .md}: the name of its page. */
    private static String fileSlug(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - 3);
    }

    private PageIndex index(ContentSource source, List<TrackDraft> tracks) {
        PageIndex pages = new PageIndex();
        pages.add(source.directory().resolve(ContentLoader.INDEX), "index.html", Set.of());
        if (source.changelog() != null) {
            pages.add(source.changelog().file(), Changelog.PAGE, Set.of());
        }
        for (TrackDraft track : tracks) {
            pages.add(track.document().file(), track.slug() + "/index.html", Set.of());
            Set<String> anchors = Set.copyOf(track.competencies().stream().map(Competency::slug).toList());
            for (LevelDraft level : track.levels()) {
                pages.add(level.document().file(), track.slug() + "/" + level.slug() + ".html", anchors);
            }
        }
        return pages;
    }

    private Track toTrack(TrackDraft draft) {
        List<Level> levels = draft.levels().stream().map(level -> toLevel(level, draft.competencies())).toList();
        return new Track(draft.slug(), draft.document().file(), draft.fields().text("title"),
                draft.fields().text("family"), draft.fields().text("summary"), markdown.html(draft.body().intro()),
                draft.competencies(), levels);
    }

    private Level toLevel(LevelDraft draft, List<Competency> competencies) {
        List<Section> sections = competencies.stream().map(competency -> {
            HeadingSection heading = draft.sections().get(competency);
            return new Section(competency, markdown.html(heading.content()), markdown.text(heading.content()),
                    heading.line());
        }).toList();
        return new Level(draft.code(), draft.slug(), draft.document().file(), draft.fields().text("title"),
                draft.fields().text("summary"), markdown.html(draft.body().intro()), sections,
                draft.fields().list("aliases").stream().map(ListItem::value).toList());
    }

    private MarkdownBody parse(Document document) {
        return markdown.parse(document.body(), document.bodyLine());
    }
}
