import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The top consumers of a JFR recording, as BENCHMARKS.md reports them (Java 17's jfr tool has no "view"):
 * CPU samples by the method running (self) and by any method on the stack (total), and allocated bytes by
 * class and by the first dev.ladder method on the stack.
 *
 *   java bench/JfrTop.java recording.jfr [rows]
 */
public final class JfrTop {
    public static void main(String[] args) throws Exception {
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Map<String, Long> self = new HashMap<>(), total = new HashMap<>(), ladder = new HashMap<>();
        Map<String, Long> allocByClass = new HashMap<>(), allocBySite = new HashMap<>();
        long samples = 0, allocated = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = event.getEventType().getName();
            if (event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (type.equals("jdk.ExecutionSample")) {
                samples++;
                if (!frames.isEmpty()) {
                    self.merge(name(frames.get(0)), 1L, Long::sum);
                }
                Set<String> seen = new HashSet<>();
                for (RecordedFrame frame : frames) {
                    String name = name(frame);
                    if (seen.add(name)) {
                        total.merge(name, 1L, Long::sum);
                    }
                }
                for (RecordedFrame frame : frames) {
                    if (name(frame).startsWith("dev.ladder.")) {
                        ladder.merge(name(frame), 1L, Long::sum);
                        break;
                    }
                }
            } else if (type.equals("jdk.ObjectAllocationSample")) {
                long weight = event.getLong("weight");
                allocated += weight;
                allocByClass.merge(event.getClass("objectClass").getName(), weight, Long::sum);
                String site = "(no dev.ladder frame)";
                for (RecordedFrame frame : frames) {
                    if (name(frame).startsWith("dev.ladder.")) {
                        site = name(frame);
                        break;
                    }
                }
                allocBySite.merge(site, weight, Long::sum);
            }
        }
        System.out.printf("%d CPU samples, %.0f MB allocated (sampled weight)%n", samples, allocated / 1e6);
        print("CPU, self", self, samples, rows, "%");
        print("CPU, total (on the stack)", total, samples, rows, "%");
        print("CPU, innermost dev.ladder frame", ladder, samples, rows, "%");
        print("allocation by class", allocByClass, allocated, rows, "MB");
        print("allocation by innermost dev.ladder frame", allocBySite, allocated, rows, "MB");
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void print(String title, Map<String, Long> counts, long all, int rows, String unit) {
        System.out.println("\n## " + title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(rows)
                .forEach(e -> System.out.printf("%6.1f%% %s%s%n", 100.0 * e.getValue() / Math.max(1, all),
                        unit.equals("MB") ? String.format("%8.0f MB ", e.getValue() / 1e6) : "", e.getKey()));
    }
}
