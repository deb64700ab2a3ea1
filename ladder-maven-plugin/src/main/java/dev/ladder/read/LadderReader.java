package dev.ladder.read;

import dev.ladder.load.ContentFiles;
import dev.ladder.markdown.Markdown;
import dev.ladder.markdown.MarkdownBody;
import dev.ladder.model.ComparePairs;
import dev.ladder.model.Ladder;
import dev.ladder.problem.Problems;
import dev.ladder.work.Workers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a listed content folder into the model, checking it against the content format on the way.
 * Every problem is reported; the model is returned only when there was no error.
 *
 * <p>Reading runs in phases, each a class of its own: the track overviews ({@link TrackOverviews}),
 * the tracks they extend ({@link TrackExtensions}), the level files' front matter
 * ({@link LevelFrontMatter}), which says which pages others may link to and which level a
 * specialisation's level builds on ({@link BaseLevel}), the order of each track's levels
 * ({@link LevelOrder}), then the assembly of the page index, links, level bodies and model
 * ({@link LadderAssembly}), where a specialisation's levels take in the sections they inherit
 * ({@link SectionInheritance}). Overviews, front matter and bodies are read on the build's workers
 * ({@code new Workers(1)} reads one after another); a level's file and parsed Markdown are let go as
 * soon as its part of the model is made, so memory holds the model, not the content plus the model.
 * Problems found by a worker are merged in file order, so the report does
 * not depend on which worker finished first.
 */
public final class LadderReader {

    private final Markdown markdown;
    private final Problems problems;
    private final Workers workers;
    private final int compareReach;
    private final LevelMemory memory;

    /**
     * @param compareReach how many levels up each level gets a compare page with ({@link ComparePairs}): the
     *                     names of those pages are checked against the levels' names and old addresses
     */
    public LadderReader(Markdown markdown, Problems problems, Workers workers, int compareReach) {
        this(markdown, problems, workers, compareReach, LevelMemory.NONE);
    }

    /** @param memory the levels of earlier reads of the same folder, reused where nothing they need changed */
    public LadderReader(Markdown markdown, Problems problems, Workers workers, int compareReach, LevelMemory memory) {
        this.markdown = markdown;
        this.problems = problems;
        this.workers = workers;
        this.compareReach = compareReach;
        this.memory = memory;
    }

    /** Reads content as listed by {@link dev.ladder.load.ContentLoader#list}, reading each level file once. */
    public Optional<Ladder> read(ContentFiles files) {
        Fields home = files.home() == null ? null : FrontMatterSchema.HOME.read(files.home(), problems);
        MarkdownBody homeBody = files.home() == null ? null : Bodies.parse(markdown, files.home(), problems);
        List<TrackOverview> overviews = TrackExtensions.resolve(
                problems.collect(workers, files.tracks(), new TrackOverviews(markdown)::read), files.tracks(), problems);
        List<TrackOverview> tracks = new ArrayList<>();
        List<Path> withProblems = new ArrayList<>();
        List<LevelFrontMatter.Pending> pending = new ArrayList<>();
        for (int i = 0; i < overviews.size(); i++) {
            TrackOverview track = overviews.get(i);
            if (track == null) {
                withProblems.add(files.tracks().get(i).directory());
                continue;
            }
            tracks.add(track);
            track.files().levels().forEach(file -> pending.add(new LevelFrontMatter.Pending(track, file)));
        }
        List<LevelFrontMatter.Read> reads = problems.collect(workers, pending, new LevelFrontMatter(files)::read);
        // Each track's files were queued together, so its reads are the next ones in the list.
        List<TrackLevels> placed = new ArrayList<>();
        int from = 0;
        for (TrackOverview track : tracks) {
            int to = from + track.files().levels().size();
            placed.add(LevelOrder.place(track, reads.subList(from, to), compareReach, problems));
            from = to;
        }
        List<LevelDraft> drafts = reads.stream().map(LevelFrontMatter.Read::draft).filter(Objects::nonNull)
                .toList();
        return new LadderAssembly(markdown, problems, workers, compareReach, memory).assemble(files, home, homeBody, placed, drafts,
                withProblems);
    }
}
