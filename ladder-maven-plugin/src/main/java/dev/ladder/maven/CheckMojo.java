package dev.ladder.maven;

import dev.ladder.SiteGenerator;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Everything {@code build} checks, with every page rendered in memory and every link followed; writes no page. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractLadderMojo {

    @Override
    public void execute() throws MojoFailureException, MojoExecutionException {
        if (!skipped()) {
            report(SiteGenerator.check(options()));
        }
    }
}
