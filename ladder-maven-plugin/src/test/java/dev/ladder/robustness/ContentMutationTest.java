package dev.ladder.robustness;

import dev.ladder.BuildOptions;
import dev.ladder.BuildResult;
import dev.ladder.SiteGenerator;
import dev.ladder.problem.Problem;
import dev.ladder.problem.ProblemReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Damages the repository's own ladder in thousands of seeded ways and builds each result: every build
 * must end in a written site or in reported problems, never in a crash or a message full of Java,
 * and a failed build must leave the published site as it was.
 *
 * <p>Replay one case with {@code -Dladder.robustness.seeds=17} (a comma-separated list of seeds).
 */
class ContentMutationTest {

    private static final int SEEDS = 2_000;
    private static final String SEEDS_PROPERTY = "ladder.robustness.seeds";
    /** What a build may leave in the project folder; staging folders must be gone when it ends. */
    private static final Set<String> PROJECT_ENTRIES = Set.of("content", "templates", "site");
    private static final int FAILURES_SHOWN = 25;

    @Test
    void everyMutatedLadderBuildsOrReportsProblems(@TempDir Path temp) throws IOException {
        RepositoryLadder ladder = RepositoryLadder.copyInto(temp);
        Path project = ladder.project();
        WorkingCopy content = ladder.content();
        BuildOptions options = ladder.options();

        BuildResult pristine = SiteGenerator.build(options);
        assertEquals(List.of(), pristine.problems().stream().filter(Problem::isError).toList(),
                "the repository's own content must build before it is mutated");
        assertTrue(pristine.written(), "the pristine build must write the site");
        String site = SiteFingerprint.of(options.output());

        MutationPlanner planner = new MutationPlanner(content.pristine());
        List<String> failures = new ArrayList<>();
        long[] seeds = seeds();
        for (long seed : seeds) {
            MutationPlan plan = planner.plan(seed);
            content.apply(plan);
            List<String> wrong = new ArrayList<>();
            BuildResult result = null;
            try {
                result = SiteGenerator.build(options);
                ProblemReport report = new ProblemReport(result.problems(), project);
                report.lines();
                report.githubCommands();
                report.json();
            } catch (Throwable crash) {
                wrong.add("crashed: " + crash + Arrays.stream(crash.getStackTrace()).limit(6)
                        .map(frame -> "\n      at " + frame).collect(Collectors.joining()));
            }
            if (result != null) {
                wrong.addAll(BuildInvariants.violations(result, options.content()));
                String now = SiteFingerprint.of(options.output());
                if (!result.written() && !now.equals(site)) {
                    wrong.add("the failed build changed the site that was already published");
                }
                site = now;
            }
            wrong.addAll(leftovers(project));
            if (!wrong.isEmpty()) {
                failures.add(describeFailure(plan, result, wrong));
            }
            content.restore(plan);
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + seeds.length + " mutated builds went wrong; replay one with\n"
                    + "  mvn -B -q -o test -Dtest=" + ContentMutationTest.class.getSimpleName() + " -D"
                    + SEEDS_PROPERTY + "=<seed>\n\n" + failures.stream().limit(FAILURES_SHOWN)
                    .collect(Collectors.joining("\n\n")));
        }
    }

    /** The seeds 0..SEEDS-1, or those named on the command line to replay a failure. */
    private static long[] seeds() {
        String chosen = System.getProperty(SEEDS_PROPERTY, "").strip();
        if (chosen.isEmpty()) {
            return LongStream.range(0, SEEDS).toArray();
        }
        return Arrays.stream(chosen.split(",")).map(String::strip).mapToLong(Long::parseLong).toArray();
    }

    private static List<String> leftovers(Path project) throws IOException {
        try (Stream<Path> entries = Files.list(project)) {
            return entries.map(entry -> entry.getFileName().toString())
                    .filter(name -> !PROJECT_ENTRIES.contains(name)).sorted()
                    .map(name -> "the build left '" + name + "' behind in the project folder")
                    .toList();
        }
    }

    private static String describeFailure(MutationPlan plan, BuildResult result, List<String> wrong) {
        StringBuilder out = new StringBuilder(plan.toString());
        wrong.forEach(line -> out.append("\n  - ").append(line));
        if (result != null) {
            out.append("\n  problems (written=").append(result.written()).append("):");
            result.problems().stream().limit(8).forEach(problem ->
                    out.append("\n    ").append(BuildInvariants.shown(problem)));
        }
        return out.toString();
    }
}
