package dev.ladder.words;

import java.util.List;

/**
 * The words of the sections a thread compared last. A track's compare pages read each of its levels
 * once for every other level, and level pages read each level again beside the one before it: the
 * few tracks a thread is working on fit here, so each section is split into words about once.
 */
final class RecentWords {

    /** Enough for a twelve-level track of twenty competencies and its neighbour in the plan. */
    private static final RecentResults<String, List<Word>> RECENT = new RecentResults<>(512);

    private RecentWords() {
    }

    static List<Word> of(String html) {
        return RECENT.of(html, RenderedWords::of);
    }
}
