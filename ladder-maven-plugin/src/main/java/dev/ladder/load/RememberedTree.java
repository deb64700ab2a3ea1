package dev.ladder.load;

import dev.ladder.problem.Problems;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A content tree that remembers, from one build to the next, what it found: each folder's entries, what
 * each path names, whether it may be read, and each file's front matter and body, with the problems
 * reported on the way, which it reports again. The live preview keeps one and is told by its watch
 * which files changed ({@link #forget}) or that files came or went ({@link #clear}), so that a save of
 * one level reads one file, not the ladder.
 *
 * <p>Safe for the build's workers: its memory is concurrent, and what it remembers is immutable.
 */
public final class RememberedTree implements ContentTree {

    private record Answer<T>(T value, Problems problems) {
    }

    /** A document without its body, which is cut from the text again when asked for: half the memory. */
    private record Kept(SourceText source, Map<String, FrontMatterField> fields, int bodyLine) {

        Document document() {
            return Document.cut(source, fields, bodyLine);
        }
    }

    private final ContentTree tree;
    private final Map<Path, List<Path>> entries = new ConcurrentHashMap<>();
    private final Map<Path, Kind> kinds = new ConcurrentHashMap<>();
    private final Map<Path, Answer<Boolean>> allowed = new ConcurrentHashMap<>();
    /** Softly held: when memory runs short, a file is read again rather than the build failing. */
    private final Map<Path, SoftReference<Answer<Optional<Kept>>>> documents = new ConcurrentHashMap<>();

    public RememberedTree(ContentTree tree) {
        this.tree = tree;
    }

    /** Forgets the text of files that changed; folders and names stay as they were. */
    public void forget(Collection<Path> changed) {
        changed.forEach(path -> documents.remove(key(path)));
    }

    /** Forgets everything: files or folders were added, removed or renamed. */
    public void clear() {
        entries.clear();
        kinds.clear();
        allowed.clear();
        documents.clear();
    }

    /**
     * Whether an earlier build found {@code file} as a Markdown file of the content (a level, an overview, the
     * home page or the changelog): a change to its text changes no folder and no name.
     */
    public boolean remembers(Path file) {
        return documents.containsKey(key(file))
                || (kinds.get(key(file)) == Kind.FILE && file.getFileName().toString().endsWith(".md"));
    }

    @Override
    public Path root() {
        return tree.root();
    }

    @Override
    public Kind kind(Path path) {
        return kinds.computeIfAbsent(key(path), tree::kind);
    }

    @Override
    public boolean allows(Path path, Problems problems) {
        return replay(allowed.computeIfAbsent(key(path), key -> {
            Problems found = new Problems();
            return new Answer<>(tree.allows(path, found), found);
        }), problems);
    }

    @Override
    public List<Path> entries(Path folder) throws IOException {
        List<Path> known = entries.get(key(folder));
        if (known == null) {
            known = List.copyOf(tree.entries(folder));
            entries.put(key(folder), known);
        }
        return known;
    }

    @Override
    public Optional<SourceText> read(Path file, Problems problems) {
        return tree.read(file, problems);
    }

    @Override
    public Optional<Document> document(Path file, Problems problems) {
        Path key = key(file);
        SoftReference<Answer<Optional<Kept>>> kept = documents.get(key);
        Answer<Optional<Kept>> answer = kept == null ? null : kept.get();
        if (answer == null) {
            Problems found = new Problems();
            answer = new Answer<>(tree.document(file, found)
                    .map(document -> new Kept(document.source(), document.fields(), document.bodyLine())), found);
            documents.put(key, new SoftReference<>(answer));
        }
        return replay(answer, problems).map(Kept::document);
    }

    @Override
    public Optional<byte[]> readBytes(Path file, long limit, TooLarge tooLarge, Problems problems) {
        return tree.readBytes(file, limit, tooLarge, problems);
    }

    private static <T> T replay(Answer<T> answer, Problems problems) {
        problems.addAll(answer.problems());
        return answer.value();
    }

    private static Path key(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
