package dev.ladder.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A page as UTF-8 bytes, written by a template. Reused from page to page by one thread, so a build
 * makes no per-page buffers, and plain ASCII (most of any page) is stored without an encoder.
 */
final class Utf8Buffer extends Writer {

    private byte[] bytes = new byte[64 * 1024];
    private int length;
    private char pendingHigh;

    /** Empties the buffer for the next page. */
    void reset() {
        length = 0;
        pendingHigh = 0;
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    @Override
    public void write(int c) {
        write((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int count) {
        ensure(count);
        for (int i = offset; i < offset + count; i++) {
            char c = chars[i];
            if (c < 0x80 && pendingHigh == 0) {
                bytes[length++] = (byte) c;
            } else {
                write(c);
            }
        }
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    /**
     * Strings, which is how templates write, are copied a character at a time while they are ASCII (most of
     * any page), with no encoder and nothing allocated; the rest of a string that is not goes through
     * {@link String#getBytes}, and only a string that ends inside a surrogate pair needs the careful way.
     * Encoding whole strings with getBytes allocated a copy of every page, an eighth of a build's allocation.
     */
    @Override
    public void write(String text, int offset, int count) {
        if (count == 0) {
            return;
        }
        int end = offset + count;
        int at = offset;
        if (pendingHigh == 0) {
            ensure(count);
            byte[] out = bytes;
            int written = length;
            for (; at < end; at++) {
                char c = text.charAt(at);
                if (c >= 0x80) {
                    break;
                }
                out[written++] = (byte) c;
            }
            length = written;
            if (at == end) {
                return;
            }
        }
        if (pendingHigh == 0 && !Character.isHighSurrogate(text.charAt(end - 1))) {
            encode(text.substring(at, end));
            return;
        }
        ensure(end - at);
        for (int i = at; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80 && pendingHigh == 0) {
                bytes[length++] = (byte) c;
            } else {
                write(c);
            }
        }
    }

    private void write(char c) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                encode(new String(new char[] {high, c}));
                return;
            }
            encode(String.valueOf(high));
        }
        if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (c < 0x80) {
            ensure(1);
            bytes[length++] = (byte) c;
        } else {
            encode(String.valueOf(c));
        }
    }

    /** Non-ASCII text, and a lone surrogate, encoded exactly as an OutputStreamWriter would. */
    private void encode(String text) {
        byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
        ensure(encoded.length);
        System.arraycopy(encoded, 0, bytes, length, encoded.length);
        length += encoded.length;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    /** A surrogate left waiting at the end of a page is written as an OutputStreamWriter would on close. */
    @Override
    public void flush() {
    }

    void finish() {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            encode(String.valueOf(high));
        }
    }

    @Override
    public void close() {
    }
}
