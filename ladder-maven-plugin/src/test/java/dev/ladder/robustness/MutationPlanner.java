package dev.ladder.robustness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Chooses, from a seed alone, one to three mutations in one or two files of a content folder: the
 * same seed always gives the same plan, so a failure can be replayed from its seed.
 */
final class MutationPlanner {

    private final Map<String, byte[]> pristine;
    private final List<String> files;

    /** @param pristine the content's files by relative path, before any mutation */
    MutationPlanner(Map<String, byte[]> pristine) {
        this.pristine = pristine;
        this.files = pristine.keySet().stream().sorted().toList();
    }

    MutationPlan plan(long seed) {
        Random random = new Random(seed);
        List<String> targets = new ArrayList<>();
        int fileCount = 1 + random.nextInt(2);
        while (targets.size() < fileCount) {
            String file = files.get(random.nextInt(files.size()));
            if (!targets.contains(file)) {
                targets.add(file);
            }
        }
        int mutationCount = Math.max(fileCount, 1 + random.nextInt(3));
        Map<String, FileState> results = new LinkedHashMap<>();
        targets.forEach(file -> results.put(file, new FileState.Text(pristine.get(file))));
        List<MutationPlan.Step> steps = new ArrayList<>();
        for (int i = 0; i < mutationCount; i++) {
            // Each chosen file gets one mutation first; extra ones go to a file that is still a file.
            String file = i < fileCount ? targets.get(i) : targets.get(random.nextInt(fileCount));
            if (!(results.get(file) instanceof FileState.Text)) {
                file = targets.stream().filter(t -> results.get(t) instanceof FileState.Text).findFirst().orElse(null);
                if (file == null) {
                    break;
                }
            }
            byte[] current = ((FileState.Text) results.get(file)).bytes();
            MutationKind kind = MutationKind.pick(random);
            Mutation mutation = kind.create(random, current);
            results.put(file, mutation.result());
            steps.add(new MutationPlan.Step(file, kind, mutation.description()));
        }
        return new MutationPlan(seed, results, List.copyOf(steps));
    }
}
