package dev.ladder.validate;

import dev.ladder.Workers;
import dev.ladder.load.ContentFiles;
import dev.ladder.load.ContentLoader;
import dev.ladder.load.ContentSource;
import dev.ladder.load.Document;
import dev.ladder.load.ReadLog;
import dev.ladder.load.SourceText;
import dev.ladder.markdown.HeadingSection;
import dev.ladder.markdown.Markdown;
import dev.ladder.markdown.MarkdownBody;
import dev.ladder.markdown.NestedTooDeeply;
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
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Turns what was loaded into the model, checking it against the content format on the way.
 * Every problem is reported; the model is returned only when there was no error.
 *
 * <p>Level files are the bulk of a ladder and each is read in two steps spread over the build's
 * workers: first its front matter, which says whether it is a page others may link to; then, once
 * every page is known, its body, whose links are checked and which is turned into HTML at once.
 * A level's file and parsed Markdown are let go as soon as its part of the model is made, so memory
 * holds the model, not the content plus the model. Problems found by a worker are merged in file
 * order, so the report does not depend on which worker finished first.
 */
public final class LadderReader {

    private final Markdown markdown;
    private final Problems problems;
    private final Workers workers;

    public LadderReader(Markdown markdown, Problems problems) {
        this(markdown, problems, null);
    }

    /** @param workers the pool that reads level files, or {@code null} to read them one after another */
    public LadderReader(Markdown markdown, Problems problems, Workers workers) {
        this.markdown = markdown;
        this.problems = problems;
        this.workers = workers;
    }

    /** Reads content that {@link dev.ladder.load.ContentLoader#load} has already loaded whole. */
    public Optional<Ladder> read(ContentSource source) {
        List<TrackInput> tracks = source.tracks().stream()
                .map(track -> new TrackInput(track.slug(), track.directory(), track.index(), track.levels().stream()
                        .map(document -> new LevelInput(document.file(), document, ReadLog.NONE)).toList(),
                        track.unreadable()))
                .toList();
        return read(source.directory(), source.home(), tracks, source.changelog());
    }

    /** Reads content as listed by {@link dev.ladder.load.ContentLoader#list}, reading each level file once. */
    public Optional<Ladder> read(ContentFiles files) {
        List<TrackInput> tracks = files.tracks().stream()
                .map(track -> new TrackInput(track.slug(), track.directory(), track.index(), track.levels().stream()
                        .map(file -> new LevelInput(file, null, files.log())).toList(), track.unreadable()))
                .toList();
        return read(files.directory(), files.home(), tracks, files.changelog());
    }

    /** A level file, already loaded or, when {@code loaded} is {@code null}, still to be read. */
    private record LevelInput(Path file, Document loaded, ReadLog log) {

        /** The file's document; reading reports its problems to {@code found}. */
        Optional<Document> document(Problems found) {
            return loaded != null ? Optional.of(loaded) : ContentLoader.read(file, found, log);
        }
    }

    /**
     * @param unreadable its Markdown files that could not be read, for problems already reported,
     *                   so that their level's code is unknown
     */
    private record TrackInput(String slug, Path directory, Document index, List<LevelInput> levels,
                              List<Path> unreadable) {
    }

    /**
     * What was made of a level file's front matter.
     *
     * @param draft       the level, or {@code null} when problems reported in the file keep it off the ladder
     * @param codeUnknown whether those problems hid the file's level code
     */
    private record LevelRead(PendingLevel pending, LevelDraft draft, boolean codeUnknown) {
    }

    /** What a worker made of one item, with the problems it found on the way. */
    private record Outcome<T>(T value, Problems problems) {
    }

    private Optional<Ladder> read(Path directory, Document homeDocument, List<TrackInput> sources,
                                  SourceText changelogSource) {
        Fields homeFields = homeDocument == null ? null : FrontMatterSchema.HOME.read(homeDocument, problems);
        MarkdownBody homeBody = homeDocument == null ? null : parse(homeDocument, problems);
        List<TrackDraft> tracks = new ArrayList<>();
        List<Path> withProblems = new ArrayList<>();
        Map<TrackDraft, Set<String>> withoutCode = new IdentityHashMap<>();
        List<PendingLevel> pending = new ArrayList<>();
        List<Outcome<TrackDraft>> overviews = map(sources, this::readTrack);
        for (int i = 0; i < sources.size(); i++) {
            problems.addAll(overviews.get(i).problems());
            TrackDraft track = overviews.get(i).value();
            TrackInput source = sources.get(i);
            if (track != null) {
                tracks.add(track);
                track.levelsWithProblems().addAll(source.unreadable());
                Set<String> unknown = new HashSet<>();
                source.unreadable().forEach(file -> unknown.add(fileSlug(file).toLowerCase(Locale.ROOT)));
                withoutCode.put(track, unknown);
                source.levels().forEach(level -> pending.add(new PendingLevel(track, level)));
            } else {
                withProblems.add(source.directory());
            }
        }
        List<LevelDraft> drafts = new ArrayList<>();
        List<Outcome<LevelRead>> reads = map(pending, this::readLevel);
        for (Outcome<LevelRead> outcome : reads) {
            problems.addAll(outcome.problems());
            LevelRead read = outcome.value();
            if (read.draft() != null) {
                drafts.add(read.draft());
                continue;
            }
            read.pending().track().levelsWithProblems().add(read.pending().input().file());
            if (read.codeUnknown()) {
                withoutCode.get(read.pending().track())
                        .add(fileSlug(read.pending().input().file()).toLowerCase(Locale.ROOT));
            }
        }
        Map<TrackDraft, List<LevelDraft>> byTrack = new IdentityHashMap<>();
        drafts.forEach(draft -> byTrack.computeIfAbsent(draft.track(), track -> new ArrayList<>()).add(draft));
        for (TrackDraft track : tracks) {
            orderLevels(track, byTrack.getOrDefault(track, List.of()), withoutCode.get(track));
            withProblems.addAll(track.levelsWithProblems());
        }
        PageIndex pages = index(directory, tracks, changelogSource);
        withProblems.forEach(pages::addWithProblems);
        LinkResolver links = new LinkResolver(directory, pages, problems);
        List<Outcome<Level>> levels = map(drafts, (draft, found) -> toLevel(draft, links, found));
        Map<LevelDraft, Level> model = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            problems.addAll(levels.get(i).problems());
            if (levels.get(i).value() != null) {
                model.put(drafts.get(i), levels.get(i).value());
            }
        }
        if (homeBody != null) {
            links.resolve(homeDocument.file(), homeBody.links());
            ExternalImages.warn(homeDocument.file(), homeBody.images(), problems);
        }
        MarkdownBody changelogBody = null;
        try {
            changelogBody = changelogSource == null ? null : markdown.parseWhole(changelogSource.text(), 1);
        } catch (NestedTooDeeply e) {
            problems.error(changelogSource.file(), e.line(), e.column(), e.problem());
        }
        if (changelogBody != null) {
            links.resolve(changelogSource.file(), changelogBody.links());
            ExternalImages.warn(changelogSource.file(), changelogBody.images(), problems);
        }
        for (TrackDraft track : tracks) {
            links.resolve(track.document().file(), track.body().links());
            ExternalImages.warn(track.document().file(), track.body().images(), problems);
        }
        if (problems.hasErrors() || homeDocument == null) {
            return Optional.empty();
        }
        Home home = new Home(homeDocument.file(), homeFields.text("title"), homeFields.text("organisation"),
                homeFields.text("version"), homeFields.date("effective"), markdown.html(homeBody.intro()));
        List<Track> result = tracks.stream().map(track -> toTrack(track, model))
                .sorted(Comparator.comparing(Track::family).thenComparing(Track::title).thenComparing(Track::slug))
                .toList();
        Changelog changelog = changelogBody == null ? null
                : new Changelog(changelogSource.file(), markdown.html(changelogBody.intro()));
        return Optional.of(new Ladder(home, result, changelog));
    }

    private <I, O> List<Outcome<O>> map(List<I> items, BiFunction<I, Problems, O> task) {
        Function<I, Outcome<O>> withProblems = item -> {
            Problems found = new Problems();
            return new Outcome<>(task.apply(item, found), found);
        };
        if (workers == null) {
            return items.stream().map(withProblems).toList();
        }
        return workers.map(items, withProblems);
    }

    private TrackDraft readTrack(TrackInput source, Problems found) {
        Document document = source.index();
        if (document == null) {
            return null;
        }
        Fields fields = FrontMatterSchema.TRACK.read(document, found);
        MarkdownBody body = parse(document, found);
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
        return new TrackDraft(source.slug(), document, fields, body, competencies, codes);
    }

    /**
     * Puts a track's levels in ladder order: the first file for each listed code, in the order of 'levels'.
     *
     * @param withoutCode names of the track's level files whose problems hid their code, in lower case
     */
    private void orderLevels(TrackDraft track, List<LevelDraft> drafts, Set<String> withoutCode) {
        Map<String, LevelDraft> byCode = new HashMap<>();
        for (LevelDraft draft : drafts) {
            LevelDraft earlier = byCode.putIfAbsent(draft.code(), draft);
            if (earlier != null) {
                problems.error(draft.file(), draft.fields().line("level"), draft.fields().valueColumn("level"),
                        "level '" + draft.code() + "' is also the level of " + earlier.file().getFileName()
                        + "; each level has exactly one file, so change the code in one of them");
                track.levelsWithProblems().add(draft.file());
            }
        }
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
                level.markListed();
                track.levels().add(level);
            }
        }
        // Without a usable list of levels, no level is placed on the ladder; the list's problem says why.
        byCode.values().stream().filter(level -> !level.listed())
                .forEach(level -> track.levelsWithProblems().add(level.file()));
        AliasCheck.check(track.levels(), problems);
        ComparePageNames.check(track.levels(), problems);
    }

    private List<Competency> competencies(Document document, Fields fields, Problems found) {
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

    private record PendingLevel(TrackDraft track, LevelInput input) {
    }

    /** A level file's front matter: whether it is a level of its track, and which. */
    private LevelRead readLevel(PendingLevel pending, Problems found) {
        Document document = pending.input().document(found).orElse(null);
        if (document == null) {
            return new LevelRead(pending, null, true);
        }
        Fields fields = FrontMatterSchema.LEVEL.read(document, found);
        String code = fields.text("level");
        if (code.isEmpty()) {
            return new LevelRead(pending, null, true);
        }
        Map<String, ListItem> codes = pending.track().codes();
        if (!codes.isEmpty() && !codes.containsKey(code)) {
            found.error(document.file(), fields.line("level"), fields.valueColumn("level"), "level '" + code
                    + "' is not listed in the track's 'levels' (" + String.join(", ", codes.keySet())
                    + "); add it there or fix the code" + sameButForCase(code, codes.keySet()));
            return new LevelRead(pending, null, false);
        }
        return new LevelRead(pending, new LevelDraft(pending.track(), document, fields, code,
                fileSlug(document.file())), false);
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

    private PageIndex index(Path directory, List<TrackDraft> tracks, SourceText changelog) {
        PageIndex pages = new PageIndex();
        pages.add(directory.resolve(ContentLoader.INDEX), "index.html", Set.of());
        if (changelog != null) {
            pages.add(changelog.file(), Changelog.PAGE, Set.of());
        }
        for (TrackDraft track : tracks) {
            pages.add(track.document().file(), track.slug() + "/index.html", Set.of());
            Set<String> anchors = Set.copyOf(track.competencies().stream().map(Competency::slug).toList());
            for (LevelDraft level : track.levels()) {
                pages.add(level.file(), track.slug() + "/" + level.slug() + ".html", anchors);
            }
        }
        return pages;
    }

    /**
     * A level file's body: its sections matched to the competencies and, for a level of the ladder,
     * its links checked and the part of the model it makes. Lets go of the file's text and Markdown.
     */
    private Level toLevel(LevelDraft draft, LinkResolver links, Problems found) {
        Document document = draft.release();
        MarkdownBody body = parse(document, found);
        if (body == null) {
            return null;
        }
        List<Competency> competencies = draft.track().competencies();
        // Sections are only matched against a usable list: an error in it is reported once, in _index.md.
        Map<Competency, HeadingSection> matched = draft.track().fields().has("competencies")
                ? SectionMatcher.match(document, body.sections(), competencies, found) : Map.of();
        if (!draft.listed()) {
            return null;
        }
        links.withProblems(found).resolve(document.file(), body.links());
        ExternalImages.warn(document.file(), body.images(), found);
        if (matched.size() != competencies.size()) {
            return null;
        }
        List<Section> sections = competencies.stream().map(competency -> {
            HeadingSection heading = matched.get(competency);
            return new Section(competency, markdown.html(heading.content()), markdown.text(heading.content()),
                    heading.line());
        }).toList();
        return new Level(draft.code(), draft.slug(), document.file(), draft.fields().text("title"),
                draft.fields().text("summary"), markdown.html(body.intro()), sections,
                draft.fields().list("aliases").stream().map(ListItem::value).toList());
    }

    private Track toTrack(TrackDraft draft, Map<LevelDraft, Level> model) {
        List<Level> levels = draft.levels().stream().map(model::get).toList();
        return new Track(draft.slug(), draft.document().file(), draft.fields().text("title"),
                draft.fields().text("family"), draft.fields().text("summary"), markdown.html(draft.body().intro()),
                draft.competencies(), levels);
    }

    /** The document's body, or {@code null} when it nests too deeply to be read, which is reported. */
    private MarkdownBody parse(Document document, Problems found) {
        try {
            return markdown.parse(document.body(), document.bodyLine());
        } catch (NestedTooDeeply e) {
            found.error(document.file(), e.line(), e.column(), e.problem());
            return null;
        }
    }
}
