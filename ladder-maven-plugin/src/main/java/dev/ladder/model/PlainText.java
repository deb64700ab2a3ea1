package dev.ladder.model;

/**
 * A section's plain text (CommonMark's text rendering of it, which search and {@code ladder.json} give), kept
 * as the few edits that make it from a sketch of the section's HTML rather than as a second copy of its words.
 * On a large ladder the text was as large as the HTML and stayed in memory all build long for two data files:
 * under a small heap that copy alone made the build spend a third of its time collecting garbage.
 *
 * <p>Nothing is lost: {@link #of} keeps the edits only when applying them gives back exactly the text it was
 * given, and otherwise keeps the text whole.
 *
 * @param edits how {@link TextSketch} of the HTML becomes the text: runs of {@code =n;} (copy n characters),
 *              {@code -n;} (skip n) and {@code +n;} followed by n characters to insert; {@code null} when
 *              the text is kept whole
 * @param whole the text itself, when no short edits make it, or {@code null}
 */
public record PlainText(String edits, String whole) {

    /** No text, as a section has when nothing of the site shows its plain text. */
    public static final PlainText EMPTY = new PlainText(null, "");

    /** Edits resynchronise over at most this many characters of sketch and text together. */
    private static final int SEARCH = 64;
    /** Characters that must agree after an edit for it to be taken. */
    private static final int AGREE = 8;

    /** The text of the section whose HTML is {@code html}, as edits of that HTML's sketch where they are short. */
    public static PlainText of(String html, String text) {
        if (text.isEmpty()) {
            return EMPTY;
        }
        String sketch = TextSketch.of(html);
        String edits = edits(sketch, text);
        return edits != null && edits.length() * 2 < text.length() && apply(edits, sketch).equals(text)
                ? new PlainText(edits, null) : new PlainText(null, text);
    }

    /** The text, from the HTML it was made with. */
    public String in(String html) {
        return whole != null ? whole : apply(edits, TextSketch.of(html));
    }

    /** The edits that make {@code text} from {@code sketch}, or {@code null} when none short are found. */
    private static String edits(String sketch, String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < sketch.length() || j < text.length()) {
            if (out.length() * 2 >= text.length()) {
                // Edits as long as half the text save too little to be worth keeping: stop looking.
                return null;
            }
            int run = 0;
            while (i + run < sketch.length() && j + run < text.length()
                    && sketch.charAt(i + run) == text.charAt(j + run)) {
                run++;
            }
            if (run > 0) {
                out.append('=').append(run).append(';');
                i += run;
                j += run;
                continue;
            }
            int[] step = resync(sketch, i, text, j);
            if (step == null) {
                return null;
            }
            if (step[0] > 0) {
                out.append('-').append(step[0]).append(';');
            }
            if (step[1] > 0) {
                out.append('+').append(step[1]).append(';').append(text, j, j + step[1]);
            }
            i += step[0];
            j += step[1];
        }
        return out.toString();
    }

    /**
     * The fewest characters to skip in the sketch and insert from the text after which both agree again (for
     * {@link #AGREE} characters, or to their ends), or {@code null} when none within {@link #SEARCH}.
     */
    private static int[] resync(String sketch, int i, String text, int j) {
        for (int total = 1; total <= SEARCH; total++) {
            for (int skip = 0; skip <= total; skip++) {
                int insert = total - skip;
                int s = i + skip;
                int t = j + insert;
                if (s > sketch.length() || t > text.length()) {
                    continue;
                }
                int agree = Math.min(AGREE, Math.min(sketch.length() - s, text.length() - t));
                boolean ends = s == sketch.length() && t == text.length();
                if (ends || agree > 0 && sketch.regionMatches(s, text, t, agree)
                        && (agree == AGREE || s + agree == sketch.length() && t + agree == text.length())) {
                    return new int[] {skip, insert};
                }
            }
        }
        return null;
    }

    private static String apply(String edits, String sketch) {
        StringBuilder out = new StringBuilder(sketch.length() + 64);
        int at = 0;
        int i = 0;
        while (at < edits.length()) {
            char op = edits.charAt(at);
            int end = edits.indexOf(';', at);
            int count = Integer.parseInt(edits, at + 1, end, 10);
            at = end + 1;
            if (op == '=') {
                out.append(sketch, i, i + count);
                i += count;
            } else if (op == '-') {
                i += count;
            } else {
                out.append(edits, at, at + count);
                at += count;
            }
        }
        return out.toString();
    }
}
