package dev.ladder.maven;

import dev.ladder.SiteGenerator;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Checks the ladder and, when nothing is wrong, renders it into the output folder. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractLadderMojo {

    @Override
    public void execute() throws MojoFailureException, MojoExecutionException {
        if (!skipped()) {
            report(SiteGenerator.build(options()));
        }
    }
}
