package dev.ladder.problem;

/**
 * Text from the input made safe for one log line. A YAML key or a file name may hold a line break,
 * and a line that starts with {@code ::} after it is read by GitHub Actions as a workflow command
 * (an annotation on any file, a masked value, a changed environment): every control character, and
 * the line and paragraph separators and direction overrides that some viewers treat alike, is written
 * as a visible escape such as {@code \n} or {@code \u001b} instead.
 */
public final class LogText {

    private LogText() {
    }

    public static String escape(String text) {
        if (text == null || text.chars().noneMatch(LogText::unsafe)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (unsafe(c)) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.append((char) c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static boolean unsafe(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
