package dev.ladder.maven;

import dev.ladder.SiteGenerator;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Renders the ladder into the output folder. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = true)
public class BuildMojo extends AbstractLadderMojo {

    @Override
    public void execute() throws MojoFailureException {
        if (!skipped()) {
            report(SiteGenerator.build(options()));
        }
    }
}
