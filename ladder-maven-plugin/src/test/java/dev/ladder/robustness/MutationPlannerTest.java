package dev.ladder.robustness;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The planner behind {@link ContentMutationTest}: a seed must replay exactly, and the plans must vary. */
class MutationPlannerTest {

    private static final int SEEDS = 2_000;
    private static final Map<String, byte[]> FILES = files(
            "_index.md", "---\ntitle: Ladder\n---\nIntro.\n",
            "track/_index.md", "---\ntitle: Track\nlevels: [P1]\ncompetencies:\n  - Delivery\n---\n",
            "track/p1.md", "---\nlevel: P1\ntitle: Junior\n---\n## Delivery\n\n- Ships [work](p1.md).\n");

    private final MutationPlanner planner = new MutationPlanner(FILES);

    @Test
    void theSameSeedGivesTheSamePlan() {
        for (long seed = 0; seed < 200; seed++) {
            MutationPlan first = planner.plan(seed);
            MutationPlan again = new MutationPlanner(FILES).plan(seed);
            assertEquals(first.toString(), again.toString());
            assertEquals(first.results().keySet(), again.results().keySet(), first.toString());
            first.results().forEach((file, state) -> {
                FileState other = again.results().get(file);
                assertEquals(state.getClass(), other.getClass(), file);
                if (state instanceof FileState.Text text) {
                    assertArrayEquals(text.bytes(), ((FileState.Text) other).bytes(), file);
                }
            });
        }
    }

    @Test
    void eachPlanHasOneToThreeMutationsInOneOrTwoFiles() {
        for (long seed = 0; seed < SEEDS; seed++) {
            MutationPlan plan = planner.plan(seed);
            assertTrue(plan.steps().size() >= 1 && plan.steps().size() <= 3, plan.toString());
            assertTrue(plan.results().size() >= 1 && plan.results().size() <= 2, plan.toString());
            for (MutationPlan.Step step : plan.steps()) {
                assertTrue(plan.results().containsKey(step.file()), plan + " describes a file it does not touch");
            }
        }
    }

    @Test
    void theSeedsOfTheRobustnessTestReachEveryKindOfMutation() {
        Map<MutationKind, Integer> byKind = new EnumMap<>(MutationKind.class);
        for (long seed = 0; seed < SEEDS; seed++) {
            planner.plan(seed).steps().forEach(step -> byKind.merge(step.kind(), 1, Integer::sum));
        }
        for (MutationKind kind : MutationKind.values()) {
            assertTrue(byKind.getOrDefault(kind, 0) >= 50, "too few " + kind + " mutations: " + byKind);
        }
    }

    private static Map<String, byte[]> files(String... pathsAndTexts) {
        Map<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }
}
