package dev.ladder.serve;

import dev.ladder.BuildOptions;
import dev.ladder.LadderFixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A preview in a JVM of its own, started by {@link ShutdownTest} as {@code ladder:serve} runs: it prints
 * its private folder and address, then runs until the JVM is told to stop. A second argument adds that many
 * copies of the fixture's track.
 */
public final class PreviewProcess {

    private PreviewProcess() {
    }

    public static void main(String[] args) throws Exception {
        LadderFixture ladder = LadderFixture.in(Path.of(args[0]));
        // More tracks, copies of the first, make a first build long enough to be stopped while it runs.
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        for (int i = 1; i <= copies; i++) {
            for (String file : List.of("_index.md", "p1.md", "p2.md")) {
                ladder.write("content/eng" + i + "/" + file, Files.readString(ladder.path("content/eng/" + file)));
            }
        }
        BuildOptions options = ladder.options();
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
        System.out.println("folder " + preview.folder());
        System.out.flush();
        preview.awaitClose();
    }
}
