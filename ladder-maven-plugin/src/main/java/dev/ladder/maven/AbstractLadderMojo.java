package dev.ladder.maven;

import dev.ladder.BuildOptions;
import dev.ladder.BuildResult;
import dev.ladder.problem.Problem;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/** The parameters every goal shares, and how a goal reports a build's problems to Maven. */
abstract class AbstractLadderMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDirectory;

    /** The ladder: {@code _index.md} and one folder per track. */
    @Parameter(property = "ladder.content", defaultValue = "${project.basedir}/content", required = true)
    private File contentDirectory;

    /** Templates and assets that replace the built-in theme's files of the same name; may be absent. */
    @Parameter(property = "ladder.templates", defaultValue = "${project.basedir}/templates")
    private File templatesDirectory;

    /** Where the site is written. Replaced whole, and only when the build succeeds. */
    @Parameter(property = "ladder.output", defaultValue = "${project.basedir}/site", required = true)
    private File outputDirectory;

    /** Render raw HTML written in Markdown instead of showing it as text. Only for trusted content. */
    @Parameter(property = "ladder.allowRawHtml", defaultValue = "false")
    private boolean allowRawHtml;

    /** Treat warnings, such as an empty section, as errors. */
    @Parameter(property = "ladder.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    @Parameter(property = "ladder.skip", defaultValue = "false")
    private boolean skip;

    protected boolean skipped() {
        if (skip) {
            getLog().info("Ladder: skipped (ladder.skip)");
        }
        return skip;
    }

    protected BuildOptions options() {
        return BuildOptions.builder(baseDirectory.toPath())
                .content(contentDirectory.toPath())
                .templates(templatesDirectory == null ? null : templatesDirectory.toPath())
                .output(outputDirectory.toPath())
                .allowRawHtml(allowRawHtml)
                .failOnWarning(failOnWarning)
                .build();
    }

    /** Logs every problem as {@code path:line:column: severity: message}; fails the goal on errors. */
    protected void report(BuildResult result) throws MojoFailureException {
        for (Problem problem : result.problems()) {
            String line = problem.format(baseDirectory.toPath());
            if (problem.isError()) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
        long errors = result.problems().stream().filter(Problem::isError).count();
        long warnings = result.problems().size() - errors;
        if (errors > 0 || (failOnWarning && warnings > 0)) {
            throw new MojoFailureException("Ladder found " + errors + " error(s) and " + warnings
                    + " warning(s); each is listed above as file:line: message");
        }
        getLog().info(result.summary());
    }
}
