package dev.ladder.hardening;

import dev.ladder.LadderFixture;

import java.util.StringJoiner;

/** A track of many levels, L1 to Ln in l1.md to ln.md, each with the fixture's two competencies. */
final class LongTrack {

    private LongTrack() {
    }

    static LadderFixture write(LadderFixture ladder, int levels) {
        StringJoiner codes = new StringJoiner(", ", "[", "]");
        for (int i = 1; i <= levels; i++) {
            codes.add("L" + i);
        }
        ladder.delete("content/eng").write("content/eng/_index.md", LadderFixture.TRACK.replace("[P1, P2]", codes.toString()));
        for (int i = 1; i <= levels; i++) {
            ladder.write("content/eng/l" + i + ".md", "---\nlevel: L" + i + "\ntitle: Level " + i + "\n---\n"
                    + "## Delivery\n\nShips work of size " + i + " and reviews the plans of others.\n\n"
                    + "## Teamwork\n\nHelps " + i + " people and writes down what the team decided.\n");
        }
        return ladder;
    }
}
