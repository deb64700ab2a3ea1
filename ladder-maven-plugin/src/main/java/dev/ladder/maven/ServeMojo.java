package dev.ladder.maven;

import dev.ladder.serve.LivePreview;
import dev.ladder.serve.ServeException;
import dev.ladder.serve.ServeLog;
import dev.ladder.serve.ServeOptions;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A live preview: builds the ladder, serves it on this computer and rebuilds on every save of the content or
 * the templates; open pages reload themselves and show problems over the page. Writes nothing into the
 * output folder. Runs until Ctrl-C.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractLadderMojo {

    /** The port to serve on. */
    @Parameter(property = "ladder.port", defaultValue = "1313")
    private int port;

    /** The address to listen on. Only this computer can connect unless another address is given. */
    @Parameter(property = "ladder.host", defaultValue = ServeOptions.LOOPBACK)
    private String host;

    @Override
    public void execute() throws MojoFailureException {
        if (skipped()) {
            return;
        }
        LivePreview preview;
        try {
            preview = LivePreview.start(ServeOptions.of(options(), host, port), new MavenLog(getLog()));
        } catch (ServeException e) {
            throw new MojoFailureException("Ladder: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Ladder: -Dladder.port=" + port + " is not a port: " + e.getMessage());
        }
        try {
            preview.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            preview.close();
        }
    }

    private record MavenLog(Log log) implements ServeLog {
        @Override
        public void info(String line) {
            log.info(line);
        }

        @Override
        public void warn(String line) {
            log.warn(line);
        }

        @Override
        public void error(String line) {
            log.error(line);
        }
    }
}
