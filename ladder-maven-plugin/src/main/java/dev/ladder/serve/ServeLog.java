package dev.ladder.serve;

/** Where the live preview reports what it does: Maven's log for the goal, a list in tests. */
public interface ServeLog {

    void info(String line);

    void warn(String line);

    void error(String line);
}
