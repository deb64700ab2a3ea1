package dev.ladder.robustness;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** The ways a content file is damaged, each able to pick its own place in a file at random. */
enum MutationKind {

    DELETE_LINES(3) {
        @Override
        Mutation create(Random random, byte[] bytes) {
            List<byte[]> lines = ByteLines.split(bytes);
            int first = random.nextInt(ByteLines.editable(lines));
            int count = Math.min(1 + random.nextInt(3), lines.size() - first);
            lines.subList(first, first + count).clear();
            String which = count == 1 ? "line " + (first + 1) : "lines " + (first + 1) + "-" + (first + count);
            return Mutation.ofText("delete " + which, ByteLines.join(lines));
        }
    },
    DUPLICATE_LINE(3) {
        @Override
        Mutation create(Random random, byte[] bytes) {
            List<byte[]> lines = ByteLines.split(bytes);
            int line = random.nextInt(ByteLines.editable(lines));
            lines.add(line, lines.get(line));
            return Mutation.ofText("duplicate line " + (line + 1), ByteLines.join(lines));
        }
    },
    SWAP_LINES(3) {
        @Override
        Mutation create(Random random, byte[] bytes) {
            List<byte[]> lines = ByteLines.split(bytes);
            int editable = ByteLines.editable(lines);
            int first = random.nextInt(editable);
            // Neighbours half the time: a swapped pair of adjacent lines is the likelier slip.
            int second = random.nextBoolean() ? Math.min(first + 1, editable - 1) : random.nextInt(editable);
            byte[] kept = lines.get(first);
            lines.set(first, lines.get(second));
            lines.set(second, kept);
            return Mutation.ofText("swap lines " + (first + 1) + " and " + (second + 1), ByteLines.join(lines));
        }
    },
    TRUNCATE_LINE(2) {
        @Override
        Mutation create(Random random, byte[] bytes) {
            List<byte[]> lines = ByteLines.split(bytes);
            int line = random.nextInt(ByteLines.editable(lines));
            byte[] whole = lines.get(line);
            int keep = random.nextInt(whole.length + 1);
            lines.set(line, ByteLines.slice(whole, 0, keep));
            return Mutation.ofText("cut line " + (line + 1) + " after byte " + keep + " of " + whole.length,
                    ByteLines.join(lines));
        }
    },
    TRUNCATE_FILE(1) {
        @Override
        Mutation create(Random random, byte[] bytes) {
            int keep = random.nextInt(bytes.length + 1);
            return Mutation.ofText("cut the file after byte " + keep + " of " + bytes.length,
                    ByteLines.slice(bytes, 0, keep));
        }
    },
    INSERT_BYTES(3) {
        @Override
        Mutation create(Random random, byte[] bytes) {
            int offset = random.nextInt(bytes.length + 1);
            byte[] inserted = TrickyBytes.next(random);
            byte[] result = new byte[bytes.length + inserted.length];
            System.arraycopy(bytes, 0, result, 0, offset);
            System.arraycopy(inserted, 0, result, offset, inserted.length);
            System.arraycopy(bytes, offset, result, offset + inserted.length, bytes.length - offset);
            return Mutation.ofText("insert bytes [" + TrickyBytes.hex(inserted) + "] at byte " + offset,
                    result);
        }
    },
    INSERT_LINE(3) {
        @Override
        Mutation create(Random random, byte[] bytes) {
            List<byte[]> lines = ByteLines.split(bytes);
            int line = random.nextInt(ByteLines.editable(lines) + 1);
            String text = TrickyLines.next(random);
            lines.add(line, text.getBytes(StandardCharsets.UTF_8));
            return Mutation.ofText("insert as line " + (line + 1) + ": " + text, ByteLines.join(lines));
        }
    },
    REINDENT(3) {
        @Override
        Mutation create(Random random, byte[] bytes) {
            List<byte[]> lines = ByteLines.split(bytes);
            int fence = closingFence(lines);
            // Half the time inside the front matter, where indentation changes the meaning of YAML.
            int line = fence > 1 && random.nextBoolean()
                    ? 1 + random.nextInt(fence - 1) : random.nextInt(ByteLines.editable(lines));
            String text = new String(lines.get(line), StandardCharsets.ISO_8859_1);
            String body = text.stripLeading();
            String indent = text.substring(0, text.length() - body.length());
            String how;
            String changed;
            switch (random.nextInt(4)) {
                case 0 -> {
                    int spaces = 1 + random.nextInt(4);
                    how = "indent line " + (line + 1) + " by " + spaces + " more space(s)";
                    changed = " ".repeat(spaces) + text;
                }
                case 1 -> {
                    how = "indent line " + (line + 1) + " with a tab";
                    changed = "\t" + text;
                }
                case 2 -> {
                    how = "remove the indentation of line " + (line + 1);
                    changed = body;
                }
                default -> {
                    how = "remove one character of indentation from line " + (line + 1);
                    changed = indent.isEmpty() ? text : indent.substring(1) + body;
                }
            }
            lines.set(line, changed.getBytes(StandardCharsets.ISO_8859_1));
            return Mutation.ofText(how, ByteLines.join(lines));
        }

        /** The line index of the front matter's closing '---', or -1. */
        private int closingFence(List<byte[]> lines) {
            if (lines.isEmpty() || !isFence(lines.get(0))) {
                return -1;
            }
            for (int i = 1; i < lines.size(); i++) {
                if (isFence(lines.get(i))) {
                    return i;
                }
            }
            return -1;
        }

        private boolean isFence(byte[] line) {
            return new String(line, StandardCharsets.ISO_8859_1).strip().equals("---");
        }
    },
    DELETE_FILE(1) {
        @Override
        Mutation create(Random random, byte[] bytes) {
            return Mutation.ofFile("delete the file", new FileState.Missing());
        }
    },
    EMPTY_FILE(1) {
        @Override
        Mutation create(Random random, byte[] bytes) {
            return Mutation.ofText("empty the file", new byte[0]);
        }
    },
    SYMBOLIC_LINK(1) {
        @Override
        Mutation create(Random random, byte[] bytes) {
            // Outside the content (a file every Linux machine has, and the build's environment), or to a
            // file beside it, which is allowed and then makes two files of one level or page.
            Path target = switch (random.nextInt(3)) {
                case 0 -> Path.of("/etc/passwd");
                case 1 -> Path.of("/proc/self/environ");
                default -> Path.of("_index.md");
            };
            return Mutation.ofFile("replace the file with a symbolic link to " + target, new FileState.Link(target));
        }
    },
    DEEP_NESTING(1) {
        @Override
        Mutation create(Random random, byte[] bytes) {
            List<byte[]> lines = ByteLines.split(bytes);
            int line = random.nextInt(ByteLines.editable(lines) + 1);
            String marker = List.of("> ", "- ", "1. ", "*a ", "[").get(random.nextInt(5));
            int depth = 50 + random.nextInt(5_000);
            lines.add(line, (marker.repeat(depth) + "deep").getBytes(StandardCharsets.UTF_8));
            return Mutation.ofText("insert as line " + (line + 1) + ": '" + marker + "' " + depth + " times",
                    ByteLines.join(lines));
        }
    },
    LONG_NAME(1) {
        @Override
        Mutation create(Random random, byte[] bytes) {
            List<byte[]> lines = ByteLines.split(bytes);
            int line = random.nextInt(ByteLines.editable(lines) + 1);
            int length = 150 + random.nextInt(60_000);
            String prefix = List.of("## ", "- ", "title: ", "").get(random.nextInt(4));
            String name = "Teamwork and delivery ".repeat(length / 22 + 1).substring(0, length);
            lines.add(line, (prefix + name).getBytes(StandardCharsets.UTF_8));
            return Mutation.ofText("insert as line " + (line + 1) + ": '" + prefix + "' and a name of " + length
                    + " characters", ByteLines.join(lines));
        }
    },
    HEADING_DEPTH(2) {
        @Override
        Mutation create(Random random, byte[] bytes) {
            List<byte[]> lines = ByteLines.split(bytes);
            List<Integer> headings = java.util.stream.IntStream.range(0, lines.size())
                    .filter(i -> new String(lines.get(i), StandardCharsets.ISO_8859_1).startsWith("## ")).boxed()
                    .toList();
            if (headings.isEmpty()) {
                return Mutation.ofText("no '##' heading to change", bytes);
            }
            int line = headings.get(random.nextInt(headings.size()));
            // One '#' too many is the likelier slip; one too few also happens.
            String marker = random.nextInt(3) == 0 ? "#" : "###";
            String text = new String(lines.get(line), StandardCharsets.UTF_8);
            lines.set(line, (marker + text.substring(2)).getBytes(StandardCharsets.UTF_8));
            return Mutation.ofText("write the heading of line " + (line + 1) + " with '" + marker + "'",
                    ByteLines.join(lines));
        }
    },
    WRONG_EXTENSION(1) {
        @Override
        Mutation create(Random random, byte[] bytes) {
            String extension = List.of(".markdown", ".MD", ".txt").get(random.nextInt(3));
            return Mutation.ofFile("save the file as " + extension + " instead of .md",
                    new FileState.Renamed(extension, bytes));
        }
    },
    REPLACE_WITH_FOLDER(1) {
        @Override
        Mutation create(Random random, byte[] bytes) {
            return Mutation.ofFile("replace the file with an empty folder of the same name", new FileState.Folder());
        }
    };

    private static final int TOTAL_WEIGHT = Arrays.stream(values()).mapToInt(kind -> kind.weight).sum();

    private final int weight;

    MutationKind(int weight) {
        this.weight = weight;
    }

    /** A change of this kind at a random place in {@code bytes}, the file's current content. */
    abstract Mutation create(Random random, byte[] bytes);

    /** A kind chosen by weight: line edits are common, whole-file changes rarer. */
    static MutationKind pick(Random random) {
        int ticket = random.nextInt(TOTAL_WEIGHT);
        for (MutationKind kind : values()) {
            ticket -= kind.weight;
            if (ticket < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("weights do not add up");
    }
}
