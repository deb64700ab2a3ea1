package dev.ladder.serve;

import dev.ladder.BuildOptions;
import dev.ladder.LadderFixture;

import java.nio.file.Path;

/**
 * A preview in a JVM of its own, started by {@link ShutdownTest} as {@code ladder:serve} runs: it prints
 * its private folder and address, then runs until the JVM is told to stop.
 */
public final class PreviewProcess {

    private PreviewProcess() {
    }

    public static void main(String[] args) throws Exception {
        BuildOptions options = LadderFixture.in(Path.of(args[0])).options();
        LivePreview preview = LivePreview.start(new ServeOptions(options, ServeOptions.LOOPBACK, 0,
                ServeOptions.DEFAULT_QUIET), new ServeLog() {
                    @Override
                    public void info(String line) {
                        System.out.println(line);
                    }

                    @Override
                    public void warn(String line) {
                        System.out.println(line);
                    }

                    @Override
                    public void error(String line) {
                        System.out.println(line);
                    }
                });
        preview.stopOnShutdown();
        System.out.println("folder " + preview.folder());
        System.out.flush();
        preview.awaitClose();
    }
}
