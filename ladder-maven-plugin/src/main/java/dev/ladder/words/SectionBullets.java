package dev.ladder.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a section's rendered HTML into its {@link Bullet}s: each item of a top-level list, and each other
 * top-level block. Nested lists stay inside their item, so a sub-point travels with its bullet.
 *
 * <p>The HTML is the renderer's own well-formed output (see {@link RenderedWords}), so a scan that counts
 * opening and closing tags finds the top-level blocks without a parser.
 */
public final class SectionBullets {

    private static final Set<String> VOID = Set.of("br", "img", "hr", "input", "wbr");
    private static final Set<String> LISTS = Set.of("ul", "ol");

    private SectionBullets() {
    }

    /** The bullets of a section; a thread's recent sections are split once (see {@link RecentWords}). */
    public static List<Bullet> of(String html) {
        return RECENT.of(html, SectionBullets::split);
    }

    /**
     * A few tracks' sections per thread: pages are rendered a track at a time and each track's alignments are
     * kept (see render's TrackAlignments), so a section is split again only for a neighbouring step. 2,048 kept
     * 30 tracks' words per thread alive through a build, a quarter of the heap under -Xmx256m.
     */
    private static final RecentResults<String, List<Bullet>> RECENT = new RecentResults<>(256);

    private static List<Bullet> split(String html) {
        List<Bullet> bullets = new ArrayList<>();
        int depth = 0;
        boolean inList = false;
        int start = -1;
        int open = html.indexOf('<');
        while (open >= 0) {
            int end = html.startsWith("<!--", open) ? html.indexOf("-->", open + 4) + 3 : html.indexOf('>', open) + 1;
            if (end <= 0) {
                break;
            }
            boolean closing = open + 1 < end && html.charAt(open + 1) == '/';
            String name = name(html, open, end, closing);
            boolean selfContained = name.isEmpty() || VOID.contains(name) || html.charAt(end - 2) == '/';
            if (!selfContained && !closing) {
                if (depth == 0 && LISTS.contains(name)) {
                    inList = true;
                } else if (depth == (inList ? 1 : 0)) {
                    start = inList ? end : open;
                }
                depth++;
            } else if (!selfContained) {
                depth--;
                if (start >= 0 && depth == (inList ? 1 : 0)) {
                    add(bullets, html.substring(start, inList ? open : end));
                    start = -1;
                } else if (depth == 0 && inList) {
                    inList = false;
                }
            }
            open = html.indexOf('<', end);
        }
        return List.copyOf(bullets);
    }

    private static void add(List<Bullet> bullets, String html) {
        String trimmed = html.strip();
        List<Word> words = RenderedWords.of(trimmed);
        if (!words.isEmpty()) {
            bullets.add(Bullet.of(trimmed, words));
        }
    }

    private static String name(String html, int open, int end, boolean closing) {
        int from = closing ? open + 2 : open + 1;
        int to = from;
        while (to < end && (Character.isLetterOrDigit(html.charAt(to)) && html.charAt(to) < 128)) {
            to++;
        }
        return html.substring(from, to).toLowerCase(Locale.ROOT);
    }
}
