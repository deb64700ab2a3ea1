package dev.ladder.diff;

import dev.ladder.load.ContentLoader;
import dev.ladder.load.ContentTree;
import dev.ladder.load.FolderTree;
import dev.ladder.load.GitRepository;
import dev.ladder.load.GitTree;
import dev.ladder.markdown.Markdown;
import dev.ladder.model.Ladder;
import dev.ladder.problem.Problem;
import dev.ladder.problem.Problems;
import dev.ladder.read.LadderReader;
import dev.ladder.work.Workers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The diff goal as a function: reads the ladder at a git ref and in the working tree (or at a second
 * ref), models both with the same loader and reader as a build, compares them and writes
 * {@code diff.md} and {@code diff.html}. The files of a ref are read straight from git, through the
 * same loader and reader as the working tree's, so both versions are read by exactly the same code.
 */
public final class DiffGenerator {

    private final DiffOptions options;
    private final List<String> errors = new ArrayList<>();

    private DiffGenerator(DiffOptions options) {
        this.options = options;
    }

    public static DiffResult diff(DiffOptions options) {
        try {
            return new DiffGenerator(options).run();
        } catch (IOException e) {
            return DiffResult.failed(List.of("error: could not read the git repository: " + e.getMessage()));
        }
    }

    private DiffResult run() throws IOException {
        Path content = options.content().toAbsolutePath().normalize();
        if (!Files.isDirectory(content)) {
            return DiffResult.failed(List.of(Problem.error(content, 0, 0, "content folder does not exist")
                    .format(options.projectDirectory())));
        }
        Optional<GitRepository> found = GitRepository.find(content);
        if (found.isEmpty()) {
            return DiffResult.failed(List.of(Problem.error(content, 0, 0, "is not in a git repository; ladder:diff "
                    + "compares the ladder with a git commit, so run it in a clone of the ladder's repository")
                    .format(options.projectDirectory())));
        }
        try (GitRepository git = found.get()) {
            Path workTree = git.workTree().toRealPath();
            Path real = content.toRealPath();
            if (!real.startsWith(workTree)) {
                return DiffResult.failed(List.of(Problem.error(content, 0, 0, "is outside the work tree of its "
                        + "git repository (" + workTree + ")").format(options.projectDirectory())));
            }
            String folder = workTree.relativize(real).toString().replace('\\', '/');
            Optional<Version> base = atRef(git, options.base(), folder);
            Optional<Version> head = options.head() == null ? inWorkingTree(content) : atRef(git, options.head(), folder);
            if (base.isEmpty() || head.isEmpty()) {
                return DiffResult.failed(errors);
            }
            return write(LadderDiff.between(base.get().ladder(), head.get().ladder()), base.get().version(),
                    head.get().version(), head.get().ladder());
        }
    }

    /** A ladder as read at one version. */
    private record Version(LadderVersion version, Ladder ladder) {
    }

    private Optional<Version> atRef(GitRepository git, String ref, String folder) throws IOException {
        GitRepository.Resolved resolved = git.resolve(ref);
        if (resolved.commit() == null) {
            errors.add("error: " + resolved.failure());
            return Optional.empty();
        }
        LadderVersion version = new LadderVersion(ref, resolved.commit());
        GitTree tree = git.tree(resolved.commit(), folder);
        if (tree.isEmpty()) {
            errors.add("error: the content folder '" + (folder.isEmpty() ? "." : folder) + "' does not exist at "
                    + ref + " (" + version.shortCommit() + "), so there is no ladder to compare with; "
                    + "choose another ref with -Dladder.base");
            return Optional.empty();
        }
        Problems problems = new Problems();
        Optional<Ladder> ladder = read(tree, problems);
        if (ladder.isEmpty()) {
            Path workTree = git.workTree().toRealPath();
            problems.sorted().stream().filter(Problem::isError)
                    .forEach(problem -> errors.add(ref + ":" + problem.format(workTree)));
            errors.add("error: the ladder at " + ref + " has errors, so it cannot be compared; fix them there "
                    + "or compare with another ref (-Dladder.base)");
        }
        return ladder.map(model -> new Version(version, model));
    }

    private Optional<Version> inWorkingTree(Path content) {
        Problems problems = new Problems();
        Optional<Ladder> ladder = read(new FolderTree(content), problems);
        if (ladder.isEmpty()) {
            problems.sorted().stream().filter(Problem::isError)
                    .forEach(problem -> errors.add(problem.format(options.projectDirectory())));
            errors.add("error: the ladder in the working tree has errors, so it cannot be compared; "
                    + "run ladder:check and fix them first");
        }
        return ladder.map(model -> new Version(LadderVersion.workingCopy(), model));
    }

    /** Reads one side the way a build does; one after another, as JGit's reads need no more. */
    private Optional<Ladder> read(ContentTree tree, Problems problems) {
        try (Workers serial = new Workers(1)) {
            // A diff makes no compare page: reach 1 checks only the names every build's compare pages take,
            // so the diff never refuses a ladder that ladder:check accepts. It compares sections by their HTML
            // and never shows their plain text, so it renders none.
            return new LadderReader(new Markdown(options.allowRawHtml(), false), problems, serial, 1)
                    .read(ContentLoader.list(tree, problems, serial));
        }
    }

    private DiffResult write(LadderDiff diff, LadderVersion base, LadderVersion head, Ladder ladder)
            throws IOException {
        Path output = options.output();
        Files.createDirectories(output);
        DiffReport report = DiffReport.of(diff, base, head);
        Path markdown = output.resolve("diff.md");
        Files.writeString(markdown, DiffMarkdown.render(report), StandardCharsets.UTF_8);
        Path html = output.resolve("diff.html");
        List<String> pageErrors = DiffPage.write(html, report, ladder, options);
        if (!pageErrors.isEmpty()) {
            return DiffResult.failed(pageErrors);
        }
        return new DiffResult(List.of(), diff.headline(), markdown, html);
    }
}
