package dev.ladder.maven;

import dev.ladder.BuildOptions;
import dev.ladder.BuildResult;
import dev.ladder.SiteGenerator;
import dev.ladder.write.SiteArchive;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Checks the ladder and, when nothing is wrong, renders it into the output folder. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractLadderMojo {

    /** Zip the site and attach it to the project with classifier {@code site}, so {@code mvn deploy} publishes it. */
    @Parameter(property = "ladder.attach", defaultValue = "false")
    private boolean attach;

    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    private String outputTimestamp;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Component
    private MavenProjectHelper projectHelper;

    @Override
    public void execute() throws MojoFailureException, MojoExecutionException {
        if (skipped()) {
            return;
        }
        BuildOptions options = options();
        BuildResult result = SiteGenerator.build(options);
        report(result);
        if (attach) {
            Path archive = Path.of(project.getBuild().getDirectory(),
                    project.getArtifactId() + "-" + project.getVersion() + "-site.zip");
            try {
                SiteArchive.zip(options.output(), archive, archiveTime());
            } catch (IOException e) {
                throw new MojoExecutionException("Cannot zip the site into " + archive + ": " + e.getMessage(), e);
            }
            projectHelper.attachArtifact(project, "zip", "site", archive.toFile());
            getLog().info("Ladder: attached " + archive.getFileName());
        }
    }

    /** Zip entries carry the reproducible-build timestamp, or the zip format's earliest date. */
    private Instant archiveTime() throws MojoExecutionException {
        if (outputTimestamp == null || outputTimestamp.isBlank()) {
            return Instant.parse("1980-01-01T00:00:00Z");
        }
        String stamp = outputTimestamp.strip();
        try {
            return stamp.chars().allMatch(Character::isDigit) ? Instant.ofEpochSecond(Long.parseLong(stamp))
                    : Instant.parse(stamp);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new MojoExecutionException("project.build.outputTimestamp '" + stamp + "' is neither a date-time "
                    + "such as 2026-01-05T00:00:00Z nor a number of seconds since 1970; the site zip needs one of them");
        }
    }
}
