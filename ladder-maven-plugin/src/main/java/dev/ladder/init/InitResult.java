package dev.ladder.init;

import java.util.List;

/**
 * What {@code ladder:init} did: the files it wrote, or why it wrote none.
 *
 * @param written the files written, relative to the folder, in the order written
 * @param problems one message per reason to refuse; when there is any, nothing was written
 */
public record InitResult(List<String> written, List<String> problems) {

    public InitResult {
        written = List.copyOf(written);
        problems = List.copyOf(problems);
    }

    static InitResult refused(List<String> problems) {
        return new InitResult(List.of(), problems);
    }

    public boolean failed() {
        return !problems.isEmpty();
    }
}
