package dev.ladder.serve;

import java.util.Locale;
import java.util.Set;

/**
 * Which names a preview listening only on this computer answers to. A web page elsewhere can make a
 * name of its own lead to 127.0.0.1 (DNS rebinding) and then read the preview as if it were its own
 * site; such a request still carries that name in its {@code Host} header, and is refused.
 */
final class HostHeader {

    private static final Set<String> LOCAL = Set.of("localhost", "127.0.0.1", "[::1]");

    private HostHeader() {
    }

    /** Whether {@code header} (such as {@code localhost:1313}) names this computer or {@code boundHost}. */
    static boolean local(String header, String boundHost) {
        if (header == null) {
            return false;
        }
        String name = header.strip().toLowerCase(Locale.ROOT);
        int port = name.startsWith("[") ? name.indexOf("]:") + 1 : name.lastIndexOf(':');
        if (port > 0) {
            name = name.substring(0, port);
        }
        String bound = boundHost.toLowerCase(Locale.ROOT);
        return LOCAL.contains(name) || name.equals(bound) || name.equals("[" + bound + "]")
                || name.endsWith(".localhost");
    }
}
