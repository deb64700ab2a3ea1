package dev.ladder.render;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * Pages are encoded by {@link Utf8Buffer}, which must give the bytes an {@link OutputStreamWriter} gives for
 * the same writes, however a template splits its text: 4-byte characters arrive as two surrogates, which
 * may fall into two writes, and a lone surrogate becomes '?' as the JDK's encoder makes it.
 */
class Utf8BufferTest {

    private static final String GRIN = "\uD83D\uDE00"; // U+1F600, four bytes in UTF-8
    private static final byte[] GRIN_BYTES = {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80};

    /** One way a template may hand text to a writer. */
    private interface Writes {
        void to(Writer writer) throws IOException;
    }

    private static byte[] buffered(Writes writes) throws IOException {
        Utf8Buffer buffer = new Utf8Buffer();
        writes.to(buffer);
        buffer.finish();
        return Arrays.copyOf(buffer.bytes(), buffer.length());
    }

    private static byte[] jdk(Writes writes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writes.to(writer);
        }
        return out.toByteArray();
    }

    private static void assertSameAsTheJdk(Writes writes) throws IOException {
        assertArrayEquals(jdk(writes), buffered(writes));
    }

    @Test
    void aFourByteCharacterIsEncodedWhole() throws IOException {
        assertArrayEquals(GRIN_BYTES, buffered(writer -> writer.write(GRIN)));
    }

    @Test
    void aSurrogatePairSplitBetweenTwoStringsIsOneCharacter() throws IOException {
        Writes split = writer -> {
            writer.write("a" + GRIN.charAt(0));
            writer.write(GRIN.charAt(1) + "b");
        };
        assertArrayEquals(("a" + GRIN + "b").getBytes(StandardCharsets.UTF_8), buffered(split));
        assertSameAsTheJdk(split);
    }

    @Test
    void aSurrogatePairSplitBetweenCharArraysAndSingleCharsIsOneCharacter() throws IOException {
        assertSameAsTheJdk(writer -> {
            writer.write(new char[] {'x', GRIN.charAt(0)}, 0, 2);
            writer.write(new char[] {GRIN.charAt(1), 'é'}, 0, 2);
            writer.write(GRIN.charAt(0));
            writer.write(GRIN.charAt(1));
            writer.write("ü" + GRIN, 1, 2);
        });
    }

    @Test
    void loneSurrogatesBecomeQuestionMarksAsTheJdkWritesThem() throws IOException {
        for (Writes writes : List.<Writes>of(
                writer -> writer.write("end" + GRIN.charAt(0)),
                writer -> writer.write(GRIN.charAt(0) + "x"),
                writer -> {
                    writer.write(String.valueOf(GRIN.charAt(0)));
                    writer.write("x");
                },
                writer -> writer.write(GRIN.charAt(1) + "x"),
                writer -> writer.write(new char[] {GRIN.charAt(1), GRIN.charAt(0)}, 0, 2))) {
            assertSameAsTheJdk(writes);
        }
        assertArrayEquals("end?".getBytes(StandardCharsets.UTF_8),
                buffered(writer -> writer.write("end" + GRIN.charAt(0))));
    }

    @Test
    void aPairThatStraddlesTheBuffersGrowthIsKeptWhole() throws IOException {
        String ascii = "a".repeat(64 * 1024 - 1);
        assertSameAsTheJdk(writer -> {
            writer.write(ascii + GRIN.charAt(0));
            writer.write(GRIN.charAt(1) + "ünïcödé" + GRIN);
        });
    }

    @Test
    void resetForgetsTheLastPagesHalfPair() throws IOException {
        Utf8Buffer buffer = new Utf8Buffer();
        buffer.write("page one" + GRIN.charAt(0));
        buffer.reset();
        buffer.write(GRIN.charAt(1) + "two");
        buffer.finish();

        assertArrayEquals(jdk(writer -> writer.write(GRIN.charAt(1) + "two")),
                Arrays.copyOf(buffer.bytes(), buffer.length()));
    }

    @Test
    void textThatTurnsNonAsciiPartWayIsEncodedAsTheJdkDoes() throws IOException {
        // The ASCII start of each string is copied as it is and the rest encoded: the bytes must not tell.
        assertSameAsTheJdk(writer -> {
            writer.write("<p>plain ascii, then caf\u00e9 \u00b7 \u2192 " + GRIN + " and ascii again</p>");
            writer.write("x\uD800y");
            writer.write("<li>ends in half a pair " + GRIN.charAt(0));
            writer.write(GRIN.charAt(1) + " and the rest", 0, 6);
            writer.write("\u00e9 at the start", 0, 5);
        });
    }
}
