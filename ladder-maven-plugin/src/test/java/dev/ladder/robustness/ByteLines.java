package dev.ladder.robustness;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A file's bytes cut into lines at {@code '\n'}. Mutations edit lines as bytes, not as text, so a
 * file that an earlier mutation made invalid UTF-8 can still be edited line by line.
 */
final class ByteLines {

    private ByteLines() {
    }

    /** The lines without their {@code '\n'}; a file ending in a newline has an empty last line. */
    static List<byte[]> split(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(slice(bytes, start, i));
                start = i + 1;
            }
        }
        lines.add(slice(bytes, start, bytes.length));
        return lines;
    }

    static byte[] join(List<byte[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.write('\n');
            }
            out.writeBytes(lines.get(i));
        }
        return out.toByteArray();
    }

    /** How many lines a mutation may pick: the empty piece after a final newline is not a line of its own. */
    static int editable(List<byte[]> lines) {
        return lines.size() > 1 && lines.get(lines.size() - 1).length == 0 ? lines.size() - 1 : lines.size();
    }

    /**
     * The number of lines as an editor counts them: CRLF, a lone CR and LF each end a line. A problem
     * may point at any of them, or at the end of the file just after the last.
     */
    static int count(byte[] bytes) {
        int lines = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
                lines++;
            }
        }
        return lines;
    }

    static byte[] slice(byte[] bytes, int from, int to) {
        byte[] part = new byte[to - from];
        System.arraycopy(bytes, from, part, 0, part.length);
        return part;
    }
}
