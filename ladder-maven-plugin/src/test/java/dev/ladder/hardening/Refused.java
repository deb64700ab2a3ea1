package dev.ladder.hardening;

import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Runs check and build on a broken ladder: both must report the same lines, and the build write nothing. */
final class Refused {

    private Refused() {
    }

    static List<String> byCheckAndBuild(LadderFixture ladder) {
        List<String> checked = ladder.check();
        BuildResult built = SiteGenerator.build(ladder.options());
        assertEquals(checked, ladder.lines(built));
        assertFalse(built.written());
        return checked;
    }
}
