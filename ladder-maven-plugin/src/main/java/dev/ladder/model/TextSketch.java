package dev.ladder.model;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A first guess at a section's plain text from its HTML, close to what CommonMark's text rendering writes for
 * the usual section (paragraphs, tight lists, emphasis, code, links), so that {@link PlainText} needs only a
 * few edits to make the real text from it. A wrong guess costs memory, never a wrong text: the edits are
 * checked when they are made.
 */
final class TextSketch {

    /** The attributes the sketch reads, each with the space before it and the quote after. */
    private static final String HREF = " href=\"";
    private static final String START = " start=\"";
    private static final String ALT = " alt=\"";
    private static final String SRC = " src=\"";
    /** The longest tag name the sketch reads ("code"): a longer one is none of them. */
    private static final int LONGEST_TAG = 4;

    private TextSketch() {
    }

    /** The index of {@code c} in {@code html} from {@code from}, or the end of {@code html}. */
    private static int indexOf(String html, char c, int from) {
        int at = html.indexOf(c, from);
        return at < 0 ? html.length() : at;
    }

    static String of(String html) {
        StringBuilder out = new StringBuilder(html.length());
        Deque<int[]> lists = new ArrayDeque<>();
        String href = null;
        boolean pre = false;
        int at = 0;
        // Where the next tag, entity and line break are: the text between them is copied in one go.
        int nextTag = -1;
        int nextEntity = -1;
        int nextBreak = -1;
        while (at < html.length()) {
            char c = html.charAt(at);
            if (c != '<' && c != '&' && c != '\n') {
                nextTag = nextTag >= at ? nextTag : indexOf(html, '<', at);
                nextEntity = nextEntity >= at ? nextEntity : indexOf(html, '&', at);
                nextBreak = nextBreak >= at ? nextBreak : indexOf(html, '\n', at);
                int next = Math.min(nextTag, Math.min(nextEntity, nextBreak));
                out.append(html, at, next);
                at = next;
            } else if (c == '<') {
                int end = html.indexOf('>', at);
                if (end < 0) {
                    out.append(html, at, html.length());
                    break;
                }
                boolean closing = at + 1 < html.length() && html.charAt(at + 1) == '/';
                int nameStart = at + (closing ? 2 : 1);
                int nameEnd = nameStart;
                while (nameEnd < end && Character.isLetterOrDigit(html.charAt(nameEnd))) {
                    nameEnd++;
                }
                String name = nameEnd - nameStart <= LONGEST_TAG ? html.substring(nameStart, nameEnd) : "";
                switch (name) {
                    case "p" -> {
                        if (closing) {
                            newLine(out);
                        }
                    }
                    case "ul", "ol" -> {
                        if (closing) {
                            lists.poll();
                        } else {
                            // {ordered, next number}
                            lists.push(new int[] {name.equals("ol") ? 1 : 0, start(html, at, end)});
                        }
                    }
                    case "li" -> {
                        if (closing) {
                            newLine(out);
                        } else if (!lists.isEmpty() && lists.peek()[0] == 1) {
                            out.append(lists.peek()[1]++).append(". ");
                        } else {
                            out.append("- ");
                        }
                    }
                    case "a" -> {
                        if (closing) {
                            out.append("\" (").append(nonNull(href)).append(')');
                        } else {
                            href = attribute(html, at, end, HREF);
                            out.append('"');
                        }
                    }
                    case "code" -> {
                        if (!pre) {
                            out.append('"');
                        }
                    }
                    case "pre" -> pre = !closing;
                    case "br" -> out.append('\n');
                    case "img" -> {
                        String alt = attribute(html, at, end, ALT);
                        out.append('"').append(alt == null ? "" : alt).append("\" (")
                                .append(nonNull(attribute(html, at, end, SRC))).append(')');
                    }
                    default -> {
                    }
                }
                at = end + 1;
            } else if (c == '&') {
                at = entity(html, at, out);
            } else {
                // The line breaks between block tags; those inside a paragraph are the text's own.
                newLine(out);
                at++;
            }
        }
        return out.toString().strip();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static void newLine(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    /** The number an ordered list starts at, 1 unless its tag says otherwise. */
    private static int start(String html, int from, int to) {
        String start = attribute(html, from, to, START);
        try {
            return start == null ? 1 : Integer.parseInt(start);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The value of the attribute that {@code name} (" href=\"") opens in the tag from {@code from} to {@code to}. */
    private static String attribute(String html, int from, int to, String name) {
        int at = html.indexOf(name, from);
        if (at < 0 || at > to) {
            return null;
        }
        int begin = at + name.length();
        int end = html.indexOf('"', begin);
        if (end < 0) {
            return null;
        }
        String value = html.substring(begin, end);
        if (value.indexOf('&') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); ) {
            if (value.charAt(i) == '&') {
                i = entity(value, i, out);
            } else {
                out.append(value.charAt(i++));
            }
        }
        return out.toString();
    }

    /**
     * Appends what the entity at {@code at} of {@code html} stands for, or the {@code &} itself when it is
     * none that HTML rendering writes.
     *
     * @return where the text goes on
     */
    private static int entity(String html, int at, StringBuilder out) {
        int end = html.indexOf(';', at);
        String decoded = end < 0 || end - at > 10 ? null : decode(html.substring(at, end + 1));
        out.append(decoded == null ? "&" : decoded);
        return decoded == null ? at + 1 : end + 1;
    }

    private static String decode(String entity) {
        return switch (entity) {
            case "&amp;" -> "&";
            case "&lt;" -> "<";
            case "&gt;" -> ">";
            case "&quot;" -> "\"";
            default -> {
                if (entity.startsWith("&#")) {
                    try {
                        boolean hex = entity.length() > 3 && (entity.charAt(2) == 'x' || entity.charAt(2) == 'X');
                        int code = Integer.parseInt(entity.substring(hex ? 3 : 2, entity.length() - 1), hex ? 16 : 10);
                        yield Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : null;
                    } catch (NumberFormatException e) {
                        yield null;
                    }
                }
                yield null;
            }
        };
    }
}
