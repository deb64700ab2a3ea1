package dev.ladder.read;

import dev.ladder.model.Competency;
import dev.ladder.model.Level;
import dev.ladder.problem.Problems;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The levels a reader made, kept from one build to the next with the problems found in each, so that a
 * level whose file, track and links are as they were is not read again: the same {@link Level}, the same
 * problems. The live preview keeps one and forgets the files its watch saw change.
 *
 * <p>A level is made from its file, its track's competencies, whether its track lists it, and every page
 * and image a link may point at; the first three are checked level by level, and when the pages differ
 * from the last build's, everything is forgotten.
 */
public final class LevelMemory {

    /** Remembers nothing: {@code ladder:build} and the other goals read every level. */
    public static final LevelMemory NONE = new LevelMemory(false);

    /** A level as made, with what it was made from besides its file. */
    private record Made(boolean listed, List<Competency> competencies, boolean matched, Level level,
                        Problems problems) {
    }

    private final boolean remembers;
    private final Map<Path, Made> levels = new ConcurrentHashMap<>();
    private PageIndex pages;

    private LevelMemory(boolean remembers) {
        this.remembers = remembers;
    }

    /** A memory for a reader that reads the same content folder again and again. */
    public static LevelMemory remembering() {
        return new LevelMemory(true);
    }

    /** Forgets the levels made from files that changed. */
    public void forget(Collection<Path> changed) {
        changed.forEach(path -> levels.remove(path.toAbsolutePath().normalize()));
    }

    /** Forgets everything. */
    public synchronized void clear() {
        levels.clear();
        pages = null;
    }

    /** Keeps the levels made with links to these pages, or forgets them all when the pages differ. */
    synchronized void linkingTo(PageIndex now) {
        if (pages == null || !pages.sameAs(now)) {
            levels.clear();
        }
        pages = remembers ? now : null;
    }

    /** The level of {@code draft}, made by {@code read} unless remembered, its problems added to {@code found}. */
    Level level(LevelDraft draft, boolean listed, Problems found, Function<Problems, Level> read) {
        if (!remembers) {
            return read.apply(found);
        }
        Path file = draft.file().toAbsolutePath().normalize();
        List<Competency> competencies = draft.track().competencies();
        boolean matched = draft.track().fields().has("competencies");
        Made made = levels.get(file);
        if (made == null || made.listed() != listed || made.matched() != matched
                || !made.competencies().equals(competencies)) {
            Problems own = new Problems();
            made = new Made(listed, competencies, matched, read.apply(own), own);
            levels.put(file, made);
        }
        found.addAll(made.problems());
        return made.level();
    }
}
