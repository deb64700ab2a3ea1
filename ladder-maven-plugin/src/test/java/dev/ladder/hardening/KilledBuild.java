package dev.ladder.hardening;

import dev.ladder.BuildOptions;
import dev.ladder.SiteGenerator;
import dev.ladder.write.BuildSteps;

import java.nio.file.Path;

/**
 * A build in a process of its own that dies at a chosen step as if by {@code kill -9}: {@link
 * Runtime#halt} runs no finally block and no shutdown hook, so nothing gets to tidy up.
 * Arguments: the project folder and the step.
 */
public final class KilledBuild {

    static final int KILLED = 137;

    private KilledBuild() {
    }

    public static void main(String[] args) {
        Path project = Path.of(args[0]);
        String step = args[1];
        BuildSteps.hook(reached -> {
            if (reached.equals(step)) {
                Runtime.getRuntime().halt(KILLED);
            }
        });
        SiteGenerator.build(BuildOptions.builder(project).threads(1).build());
        // Not killed: the step was never reached, which the test reports.
        System.exit(0);
    }
}
