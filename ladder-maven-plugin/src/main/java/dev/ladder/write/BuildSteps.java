package dev.ladder.write;

import java.util.function.Consumer;

/**
 * Named moments of a build, on the thread that runs it: after the inputs are fingerprinted, as the
 * new site is published. Nothing happens at them, unless a test puts a hook there, to change a file
 * at a chosen moment or to stop the process dead (as {@code kill -9} would) and see what it leaves.
 */
public final class BuildSteps {

    public static final String FINGERPRINTED = "fingerprinted";
    public static final String STAGED = "staged";
    public static final String OLD_SITE_MOVED_ASIDE = "old-site-moved-aside";
    public static final String NEW_SITE_IN_PLACE = "new-site-in-place";

    private static final ThreadLocal<Consumer<String>> HOOK = ThreadLocal.withInitial(() -> step -> {
    });

    private BuildSteps() {
    }

    /** Runs {@code hook} at each step of builds on this thread; {@code null} to stop. */
    public static void hook(Consumer<String> hook) {
        if (hook == null) {
            HOOK.remove();
        } else {
            HOOK.set(hook);
        }
    }

    public static void at(String step) {
        HOOK.get().accept(step);
    }
}
