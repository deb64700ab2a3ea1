package dev.ladder.words;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of the sections a thread compared last. A track's compare pages read each of its levels
 * once for every other level, and level pages read each level again beside the one before it: the
 * few tracks a thread is working on fit here, so each section is split into words about once.
 */
final class RecentWords {

    /** Enough for a twelve-level track of twenty competencies and its neighbour in the plan. */
    private static final int SECTIONS = 512;

    private static final ThreadLocal<Map<String, List<Word>>> RECENT = ThreadLocal.withInitial(
            () -> new LinkedHashMap<>(SECTIONS * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<Word>> eldest) {
                    return size() > SECTIONS;
                }
            });

    private RecentWords() {
    }

    static List<Word> of(String html) {
        return RECENT.get().computeIfAbsent(html, RenderedWords::of);
    }
}
