package dev.ladder.maven;

import dev.ladder.BuildOptions;
import dev.ladder.BuildResult;
import dev.ladder.problem.Problem;
import dev.ladder.problem.ProblemReport;
import dev.ladder.problem.Problems;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The parameters every goal shares, and how a goal reports a build's problems to Maven. */
abstract class AbstractLadderMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDirectory;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    /** The ladder: {@code _index.md} and one folder per track. */
    @Parameter(property = "ladder.content", defaultValue = "${project.basedir}/content", required = true)
    private File contentDirectory;

    /** Templates and assets that replace the built-in theme's files of the same name; may be absent. */
    @Parameter(property = "ladder.templates", defaultValue = "${project.basedir}/templates")
    private File templatesDirectory;

    /** Where the site is written. Updated only when the build succeeds, and then only the files that change. */
    @Parameter(property = "ladder.output", defaultValue = "${project.basedir}/site", required = true)
    private File outputDirectory;

    /** Render raw HTML written in Markdown instead of showing it as text. Only for trusted content. */
    @Parameter(property = "ladder.allowRawHtml", defaultValue = "false")
    private boolean allowRawHtml;

    /** Treat warnings, such as an empty section, as errors. */
    @Parameter(property = "ladder.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** The address the site is published at, such as {@code https://intranet.example/careers/ladder/}; enables sitemap.xml. */
    @Parameter(property = "ladder.baseUrl")
    private String baseUrl;

    /** A "Suggest a change" link on every page: {@code {path}} is replaced by the page's source file. */
    @Parameter(property = "ladder.editUrl")
    private String editUrl;

    /** Write the search index and offer a search box on every page. */
    @Parameter(property = "ladder.search", defaultValue = "true")
    private boolean search;

    /** Write {@code ladder.json}, the whole ladder for scripts and HR systems. */
    @Parameter(property = "ladder.json", defaultValue = "true")
    private boolean json;

    /** Write each track's booklet, {@code <track>/print.html}, the whole track in one document to print. */
    @Parameter(property = "ladder.booklets", defaultValue = "true")
    private boolean booklets;

    /** Write compare pages of two levels of a track, {@code <track>/compare-<lower>-<higher>.html}. */
    @Parameter(property = "ladder.compare", defaultValue = "true")
    private boolean compare;

    /** How many levels up each level is compared with: a whole number from 1 up, or {@code all} for every pair. */
    @Parameter(property = "ladder.compareReach", defaultValue = "2")
    private String compareReach;

    /** End each level page after the first with "What changes from" the level below it, as a word diff. */
    @Parameter(property = "ladder.changes", defaultValue = "true")
    private boolean changes;

    /** Write a PDF beside each level page and each booklet, with "Download PDF" links. Slows the build. */
    @Parameter(property = "ladder.pdf", defaultValue = "false")
    private boolean pdf;

    /**
     * A folder of the organisation's own TrueType fonts ({@code .ttf}, {@code .ttc}) for the PDFs, tried for
     * any character the built-in fonts lack (Chinese, Japanese, Korean, Arabic, ...).
     */
    @Parameter(property = "ladder.pdfFonts")
    private File pdfFonts;

    /**
     * Older versions to publish beside the ladder, in versions/&lt;name&gt;/: git tags, branches or commits, or
     * a tag pattern such as v*.
     */
    @Parameter(property = "ladder.versions")
    private List<String> versions;

    @Parameter(property = "ladder.skip", defaultValue = "false")
    private boolean skip;

    protected boolean skipped() {
        if (skip) {
            getLog().info("Ladder: skipped (ladder.skip)");
        }
        return skip;
    }

    /** Maven's build folder, {@code target/}, where reports go. */
    protected Path buildDirectory() {
        return buildDirectory.toPath();
    }

    protected BuildOptions options() {
        return BuildOptions.builder(baseDirectory.toPath())
                .content(contentDirectory.toPath())
                .templates(templatesDirectory == null ? null : templatesDirectory.toPath())
                .output(outputDirectory.toPath())
                .allowRawHtml(allowRawHtml)
                .failOnWarning(failOnWarning)
                .baseUrl(baseUrl)
                .editUrl(editUrl)
                .search(search)
                .json(json)
                .pdf(pdf)
                .pdfFonts(pdfFonts == null ? null : pdfFonts.toPath())
                .booklets(booklets)
                .compare(compare)
                .compareReach(compareReach)
                .changes(changes)
                .versions(versions)
                .build();
    }

    /**
     * Logs every problem as {@code path:line:column: severity: message} (and as GitHub workflow
     * commands inside GitHub Actions), writes them to {@code target/ladder/problems.json}, and fails
     * the goal on errors.
     */
    protected void report(BuildResult result) throws MojoFailureException, MojoExecutionException {
        ProblemReport report = new ProblemReport(result.problems(), baseDirectory.toPath());
        for (int i = 0; i < result.problems().size(); i++) {
            String line = report.lines().get(i);
            if (result.problems().get(i).isError()) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
        if ("true".equals(System.getenv("GITHUB_ACTIONS"))) {
            report.githubCommands().forEach(System.out::println);
        }
        writeJson(report);
        long errors = result.problems().stream().filter(Problem::isError).count();
        long warnings = result.problems().size() - errors;
        if (Problems.block(result.problems(), failOnWarning)) {
            getLog().error(errors + " error(s), " + warnings + " warning(s)");
            throw new MojoFailureException("Ladder found " + errors + " error(s) and " + warnings
                    + " warning(s); each is listed above as file:line: message");
        }
        if (warnings > 0) {
            getLog().warn(warnings + " warning(s)");
        }
        getLog().info(result.summary());
    }

    /** {@code problems.json}, and {@code code-quality.json} for a GitLab merge request's code quality report. */
    private void writeJson(ProblemReport report) throws MojoExecutionException {
        Path folder = buildDirectory.toPath().resolve("ladder");
        Path file = folder.resolve("problems.json");
        try {
            Files.createDirectories(folder);
            Files.writeString(file, report.json(), StandardCharsets.UTF_8);
            file = folder.resolve("code-quality.json");
            Files.writeString(file, report.gitlabCodeQuality(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
