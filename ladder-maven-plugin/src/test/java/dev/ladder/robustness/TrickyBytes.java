package dev.ladder.robustness;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Short runs of bytes that trip up readers: characters with a meaning in YAML or Markdown, control
 * characters, broken UTF-8, valid but unusual characters (some of which YAML counts as line breaks),
 * and plain noise.
 */
final class TrickyBytes {

    private static final byte[] SYNTAX = ":-#[]{}*&!|>\"'`<>()\\%@,?~\t\r\n \0".getBytes(StandardCharsets.US_ASCII);

    private static final List<byte[]> BROKEN_UTF8 = List.of(
            bytes(0x80), bytes(0xBF), bytes(0xC0, 0xAF), bytes(0xC3), bytes(0xE2, 0x80),
            bytes(0xED, 0xA0, 0x80), bytes(0xF5, 0x80, 0x80, 0x80), bytes(0xFE), bytes(0xFF));

    private static final List<String> UNUSUAL = List.of(
            "\uFEFF", "\u200B", "\u2028", "\u2029", "\u0085", "\u00A0", "\u2013", "\uD83E\uDE9C", "\u202E",
            "\uFFFD", "e\u0301", "\u001B[31m", "\u007F");

    private TrickyBytes() {
    }

    static byte[] next(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> {
                byte[] out = new byte[1 + random.nextInt(4)];
                for (int i = 0; i < out.length; i++) {
                    out[i] = SYNTAX[random.nextInt(SYNTAX.length)];
                }
                yield out;
            }
            case 1 -> BROKEN_UTF8.get(random.nextInt(BROKEN_UTF8.size())).clone();
            case 2 -> UNUSUAL.get(random.nextInt(UNUSUAL.size())).getBytes(StandardCharsets.UTF_8);
            case 3 -> bytes(0);
            default -> {
                byte[] out = new byte[1 + random.nextInt(6)];
                random.nextBytes(out);
                yield out;
            }
        };
    }

    static String hex(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
