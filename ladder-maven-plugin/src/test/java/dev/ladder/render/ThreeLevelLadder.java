package dev.ladder.render;

import dev.ladder.LadderFixture;

import java.nio.file.Path;

/**
 * The fixture's ladder grown to what the page tests look at: three levels, so the middle one has
 * neighbours on both sides; a competency whose anchor differs from its name; a level file that writes
 * its sections out of the track's order; and links between content files and to the web.
 */
final class ThreeLevelLadder {

    static final String GUIDE = "https://example.com/guide";

    private ThreeLevelLadder() {
    }

    static LadderFixture in(Path dir) {
        return LadderFixture.summarised(dir)
                .write("content/_index.md", """
                        ---
                        title: Test Ladder
                        ---
                        Start with [the engineering track](eng/_index.md).
                        """)
                .write("content/eng/_index.md", """
                        ---
                        title: Engineer
                        family: Engineering
                        summary: Builds software.
                        levels: [L1, L2, L3]
                        competencies: [Delivery, Collaboration, API and event-driven design]
                        ---
                        Most people join at [L1](l1.md).
                        """)
                .write("content/eng/l1.md", """
                        ---
                        level: L1
                        title: Junior
                        summary: Delivers small tasks with guidance.
                        ---
                        Everyone starts somewhere.

                        ## API and event-driven design

                        Follows the API conventions.

                        ## Collaboration

                        Asks for help early.

                        ## Delivery

                        Ships small tasks. Next: [the next level](l2.md), [its delivery](l2.md#delivery)
                        and [the guide](%s).
                        """.formatted(GUIDE))
                .write("content/eng/l2.md", level("L2", "Mid", "Delivers features on their own.", "Ships whole features."))
                .write("content/eng/l3.md", level("L3", "Senior", "Leads the design of a system.", "Ships systems."));
    }

    private static String level(String code, String title, String summary, String delivery) {
        return """
                ---
                level: %s
                title: %s
                summary: %s
                ---
                ## Delivery

                %s

                ## Collaboration

                Works with %s peers.

                ## API and event-driven design

                Designs the APIs of %s.
                """.formatted(code, title, summary, delivery, code, code);
    }
}
