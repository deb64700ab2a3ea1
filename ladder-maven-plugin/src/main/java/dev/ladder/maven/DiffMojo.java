package dev.ladder.maven;

import dev.ladder.BuildOptions;
import dev.ladder.diff.DiffGenerator;
import dev.ladder.diff.DiffOptions;
import dev.ladder.diff.DiffResult;
import dev.ladder.problem.LogText;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares the ladder with a git commit and writes the change as {@code target/ladder/diff.md}, for a
 * pull request's description, and {@code target/ladder/diff.html}. Reads git with JGit: no git program needed.
 */
@Mojo(name = "diff", threadSafe = true)
public class DiffMojo extends AbstractLadderMojo {

    /** The older version: a branch, tag or commit, such as {@code origin/main}. */
    @Parameter(property = "ladder.base", defaultValue = "HEAD")
    private String base;

    /** The newer version: a branch, tag or commit; when not set, the content folder as it is on disk. */
    @Parameter(property = "ladder.head")
    private String head;

    @Override
    public void execute() throws MojoFailureException {
        if (skipped()) {
            return;
        }
        BuildOptions build = options();
        DiffResult result = DiffGenerator.diff(new DiffOptions(build.projectDirectory(), build.content(),
                build.templates(), buildDirectory().resolve("ladder").normalize(), base, head, build.allowRawHtml()));
        if (result.failed()) {
            result.errors().forEach(line -> getLog().error(LogText.escape(line)));
            throw new MojoFailureException("Ladder could not compare the ladder with " + base
                    + "; the reason is listed above");
        }
        getLog().info("Ladder: " + LogText.escape(result.headline()));
        getLog().info("Ladder: wrote " + result.markdown() + " and " + result.html().getFileName());
    }
}
