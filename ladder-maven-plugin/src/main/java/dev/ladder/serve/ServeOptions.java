package dev.ladder.serve;

import dev.ladder.BuildOptions;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;

/**
 * What the live preview builds and where it listens.
 *
 * @param build the build as {@code ladder:build} would run it; its output folder is never written, the
 *              preview builds into a private folder of its own
 * @param host  the address to listen on; {@link #LOOPBACK} unless the user asks for another
 * @param port  the port; 0 for any free one
 * @param quiet how long the sources must stay unchanged before a rebuild, so that a burst of saves
 *              gives one rebuild
 */
public record ServeOptions(BuildOptions build, String host, int port, Duration quiet) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 1313;
    public static final Duration DEFAULT_QUIET = Duration.ofMillis(50);

    public ServeOptions {
        Objects.requireNonNull(build, "build");
        host = host == null || host.isBlank() ? LOOPBACK : host.strip();
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        Objects.requireNonNull(quiet, "quiet");
    }

    public static ServeOptions of(BuildOptions build, String host, int port) {
        return new ServeOptions(build, host, port, DEFAULT_QUIET);
    }

    /** Whether only this machine can connect: the host is a loopback address. */
    public boolean loopbackOnly() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
