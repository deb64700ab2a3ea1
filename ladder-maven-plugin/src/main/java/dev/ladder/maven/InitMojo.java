package dev.ladder.maven;

import dev.ladder.init.InitOptions;
import dev.ladder.init.InitResult;
import dev.ladder.init.Scaffold;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * Writes a new ladder repository into the current folder: a pom that builds the site, a small track to edit,
 * a README for editors and CI workflows for GitHub and GitLab. Needs no project; replaces nothing, and writes
 * nothing when any of its files exists: {@code mvn dev.ladder:ladder-maven-plugin:<version>:init}.
 */
@Mojo(name = "init", requiresProject = false, aggregator = true, threadSafe = true)
public class InitMojo extends AbstractMojo {

    /** The folder to write into; created when missing. */
    @Parameter(property = "ladder.directory", defaultValue = "${session.executionRootDirectory}", required = true)
    private File directory;

    /** The ladder's name, shown on every page. */
    @Parameter(property = "ladder.title", defaultValue = InitOptions.DEFAULT_TITLE)
    private String title;

    /** The first track's level codes, lowest first, separated by commas. */
    @Parameter(property = "ladder.levels", defaultValue = InitOptions.DEFAULT_LEVELS)
    private String levels;

    // The new pom pins the plugin that wrote it: these come from the running plugin's own descriptor.
    @Parameter(defaultValue = "${plugin.groupId}", readonly = true, required = true)
    private String pluginGroupId;

    @Parameter(defaultValue = "${plugin.artifactId}", readonly = true, required = true)
    private String pluginArtifactId;

    @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
    private String pluginVersion;

    @Override
    public void execute() throws MojoFailureException {
        InitResult result = Scaffold.init(new InitOptions(directory.toPath(), title,
                InitOptions.splitLevels(levels == null ? "" : levels),
                new InitOptions.PluginCoordinates(pluginGroupId, pluginArtifactId, pluginVersion)));
        result.written().forEach(file -> getLog().info("Ladder: wrote " + file));
        if (result.failed()) {
            result.problems().forEach(getLog()::error);
            throw new MojoFailureException("Ladder: init did not finish; the reason is listed above");
        }
        getLog().info("Ladder: a new ladder is ready in " + directory + ". Next: mvn -B package, then open "
                + "site/index.html; README.md says how to edit and check it");
    }
}
