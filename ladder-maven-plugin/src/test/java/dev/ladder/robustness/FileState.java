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

    record Folder() implements FileState {
        @Override
        public void write(Path file) throws IOException {
            Files.delete(file);
            Files.createDirectory(file);
        }
    }
}
