package dev.ladder.robustness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a content file becomes after its mutations: other bytes, nothing, a link, or a folder of its name. */
sealed interface FileState {

    void write(Path file) throws IOException;

    record Text(byte[] bytes) implements FileState {
        @Override
        public void write(Path file) throws IOException {
            Files.write(file, bytes);
        }
    }

    record Missing() implements FileState {
        @Override
        public void write(Path file) throws IOException {
            Files.delete(file);
        }
    }

    /** A symbolic link, to a file inside the content folder or far outside it. */
    record Link(Path target) implements FileState {
        @Override
        public void write(Path file) throws IOException {
            Files.delete(file);
            Files.createSymbolicLink(file, target);
        }
    }

    /** The file saved under another extension ({@code p2.markdown}, {@code p2.MD}, {@code p2.txt}), its own name gone. */
    record Renamed(String extension, byte[] bytes) implements FileState {
        @Override
        public void write(Path file) throws IOException {
            Files.delete(file);
            Files.write(renamed(file), bytes);
        }

        Path renamed(Path file) {
            String name = file.getFileName().toString();
            return file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + extension);
        }
    }

    record Folder() implements FileState {
        @Override
        public void write(Path file) throws IOException {
            Files.delete(file);
            Files.createDirectory(file);
        }
    }
}
