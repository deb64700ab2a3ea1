package dev.ladder.read;

import dev.ladder.problem.NearestName;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ladder's own files as a link written in one of them would name them: the examples and the
 * "did you mean" of link messages, so that a message never suggests a file the ladder does not have.
 */
final class LinkNames {

    private final List<Path> files;

    /** @param files the files a link may point at, as absolute paths */
    LinkNames(Collection<Path> files) {
        this.files = files.stream().sorted().toList();
    }

    /** How a link in {@code from} writes {@code target}: {@code p2.md}, {@code ../data/d4.md}. */
    static String relative(Path from, Path target) {
        return from.getParent().relativize(target).toString().replace('\\', '/');
    }

    /**
     * A file for "such as" in a message: another level of the same track if there is one, else the
     * first file of the ladder, else {@code p2.md}.
     */
    String example(Path from) {
        return example(from, "p2.md");
    }

    /** {@link #example(Path)}, with {@code otherwise} when the ladder has no such file. */
    String example(Path from, String otherwise) {
        Comparator<Path> nearFirst = Comparator.comparing((Path file) -> !file.getParent().equals(from.getParent()))
                .thenComparing(file -> file.getFileName().toString().startsWith("_"));
        return files.stream().filter(file -> !file.equals(from)).min(nearFirst.thenComparing(Comparator.naturalOrder()))
                .map(file -> relative(from, file)).orElse(otherwise);
    }

    /**
     * The file a link to a missing {@code target} most likely meant: the closest name as written, or
     * else the one file of the same name in another folder ({@code ../data/d4.md} for
     * {@code ../data-engineering/d4.md}). Never one with other digits: {@code p7.md} is a level not yet
     * written, not a slip for {@code p1.md}.
     */
    Optional<String> nearest(Path from, Path target) {
        String link = relative(from, target);
        List<String> written = files.stream().filter(file -> !file.equals(from)).map(file -> relative(from, file))
                .filter(file -> digits(file).equals(digits(link))).toList();
        Optional<String> close = NearestName.among(link, written);
        if (close.isPresent()) {
            return close;
        }
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        List<String> sameName = files.stream()
                .filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).equals(name))
                .map(file -> relative(from, file)).toList();
        return sameName.size() == 1 ? Optional.of(sameName.get(0)) : Optional.empty();
    }

    private static String digits(String name) {
        return name.replaceAll("\\D", "");
    }

    /** " (did you mean 'd2.md'?)" or nothing. */
    String hint(Path from, Path target) {
        return nearest(from, target).map(file -> " (did you mean '" + file + "'?)").orElse("");
    }
}
