package dev.ladder.read;

import dev.ladder.load.ContentFiles;
import dev.ladder.load.ContentLoader;
import dev.ladder.load.Document;
import dev.ladder.load.SourceText;
import dev.ladder.markdown.Markdown;
import dev.ladder.markdown.MarkdownBody;
import dev.ladder.model.Changelog;
import dev.ladder.model.Competency;
import dev.ladder.model.Grade;
import dev.ladder.model.Home;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Track;
import dev.ladder.problem.Problems;
import dev.ladder.work.Workers;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The last phase of reading, once every page is known: the page index, links, the level bodies on
 * the workers, and the model, made only when no error was found.
 */
final class LadderAssembly {

    private final Markdown markdown;
    private final Problems problems;
    private final Workers workers;
    private final int compareReach;
    private final LevelMemory memory;

    LadderAssembly(Markdown markdown, Problems problems, Workers workers, int compareReach, LevelMemory memory) {
        this.markdown = markdown;
        this.problems = problems;
        this.workers = workers;
        this.compareReach = compareReach;
        this.memory = memory;
    }

    /**
     * @param home         the home page's front matter, or {@code null} when it is missing or unreadable
     * @param homeBody     the home page's text, or {@code null} when it is missing or unreadable
     * @param drafts       every level file that names a level, placed or not, in reading order
     * @param withProblems content files and folders that make no page because of problems reported in them
     */
    Optional<Ladder> assemble(ContentFiles files, Fields home, MarkdownBody homeBody, List<TrackLevels> tracks,
                              List<LevelDraft> drafts, List<Path> withProblems) {
        PageIndex pages = index(files.directory(), tracks, files.changelog());
        files.resources().forEach((output, file) -> pages.addResource(file, output));
        withProblems.forEach(pages::addWithProblems);
        tracks.forEach(track -> track.withProblems().forEach(pages::addWithProblems));
        LinkResolver links = new LinkResolver(files, pages, problems);
        memory.linkingTo(pages);
        Set<LevelDraft> placed = new HashSet<>();
        tracks.forEach(track -> placed.addAll(track.levels()));
        LevelBodies bodies = new LevelBodies(markdown, links);
        List<Level> levels = problems.collect(workers, drafts,
                (draft, found) -> memory.level(draft, placed.contains(draft), found,
                        own -> bodies.read(draft, placed.contains(draft), own)));
        Map<LevelDraft, Level> model = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            if (levels.get(i) != null) {
                model.put(drafts.get(i), levels.get(i));
            }
        }
        SectionInheritance.complete(tracks, model);
        Document homeDocument = files.home();
        if (homeBody != null) {
            check(links, homeDocument.file(), homeBody);
        }
        SourceText changelogSource = files.changelog();
        MarkdownBody changelogBody = changelogSource == null ? null
                : Bodies.parseWhole(markdown, changelogSource, problems);
        if (changelogBody != null) {
            check(links, changelogSource.file(), changelogBody);
        }
        for (TrackLevels track : tracks) {
            check(links, track.track().document().file(), track.track().body());
        }
        GradeScale grades = homeDocument == null ? GradeScale.NONE : GradeScale.read(homeDocument, home, problems);
        Map<LevelDraft, Grade> graded = GradeCheck.check(homeDocument, grades, tracks, problems);
        if (problems.hasErrors() || homeDocument == null || homeBody == null) {
            return Optional.empty();
        }
        List<Track> result = tracks.stream().map(track -> track(track, model, graded))
                .sorted(Comparator.comparing(Track::family).thenComparing(Track::title).thenComparing(Track::slug))
                .toList();
        Changelog changelog = changelogBody == null ? null
                : new Changelog(changelogSource.file(), markdown.html(changelogBody.intro()));
        Ladder ladder = new Ladder(new Home(homeDocument.file(), home.text("title"),
                home.text("organisation"), home.text("version"), home.date("effective"),
                markdown.html(homeBody.intro()), home.yesNo("cumulative", Home.CUMULATIVE), grades.grades()), result,
                changelog);
        CrossTrackPageNames.check(ladder, compareReach, problems);
        return problems.hasErrors() ? Optional.empty() : Optional.of(ladder);
    }

    private PageIndex index(Path directory, List<TrackLevels> tracks, SourceText changelog) {
        PageIndex pages = new PageIndex();
        pages.add(directory.resolve(ContentLoader.INDEX), "index.html", Set.of());
        if (changelog != null) {
            pages.add(changelog.file(), Changelog.PAGE, Set.of());
        }
        for (TrackLevels track : tracks) {
            pages.add(track.track().document().file(), track.track().slug() + "/index.html", Set.of());
            Set<String> anchors = Set.copyOf(track.track().competencies().stream().map(Competency::slug).toList());
            for (LevelDraft level : track.levels()) {
                pages.add(level.file(), track.track().slug() + "/" + level.slug() + ".html", anchors);
            }
        }
        return pages;
    }

    private Track track(TrackLevels track, Map<LevelDraft, Level> model, Map<LevelDraft, Grade> graded) {
        TrackOverview overview = track.track();
        List<Level> levels = track.levels().stream().map(draft -> model.get(draft).withGrade(graded.get(draft)))
                .toList();
        return new Track(overview.slug(), overview.document().file(), overview.fields().text("title"),
                overview.fields().text("family"), overview.fields().text("summary"),
                markdown.html(overview.body().intro()), overview.competencies(), levels,
                overview.base() == null ? "" : overview.base().slug());
    }

    /** Checks the links and images of a page's text. */
    private void check(LinkResolver links, Path file, MarkdownBody body) {
        links.resolve(file, body.links());
        links.resolveImages(file, body.images());
        RawHtmlWarnings.warn(file, body.rawHtml(), problems);
    }
}
