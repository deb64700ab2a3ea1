import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic career ladder for the benchmark: {@code tracks} tracks of {@code levels} levels,
 * each level describing {@code competencies} competencies in 3 to 8 bullets, with links to other
 * levels of its track and of other tracks. The same arguments always give the same bytes, so every
 * machine times the same corpus.
 *
 * <p>Run it as a single-file program: {@code java bench/CorpusGenerator.java 1000 10 7 /tmp/corpus}.
 *
 * <p>With a fifth argument {@code specialisations}, every second track is a specialisation of the track
 * before it ({@code extends:}): it drops the base's last competency ({@code omit:}) for one of its own,
 * and each of its levels writes that competency and rewrites the first, inheriting the rest from the
 * base level in the same place. Its pages hold as many sections as the plain corpus's, so the two time
 * the same pages, one made of inherited text. The plain corpus's bytes do not change with this option.
 */
public final class CorpusGenerator {

    private static final String[] FAMILIES = {
        "Technical and Professional Roles", "Data and Analytics", "Infrastructure and Operations",
        "Product and Design", "Security and Compliance", "Quality and Verification",
    };
    private static final String[] TRACK_NAMES = {
        "Software Engineer", "Data Engineer", "Site Reliability Engineer", "Security Engineer",
        "Platform Engineer", "Mobile Engineer", "Machine Learning Engineer", "Test Engineer",
        "Frontend Engineer", "Embedded Engineer", "Analytics Engineer", "Network Engineer",
    };
    private static final String[] COMPETENCIES = {
        "Feature development", "System architecture", "API and event-driven design", "Observability",
        "Incident response", "Scope and leadership", "Code quality", "Testing strategy", "Data modelling",
        "Security practice", "Delivery and planning", "Mentoring", "Communication", "Operational excellence",
    };
    private static final String[] LEVEL_TITLES = {
        "Junior", "Mid", "Senior", "Senior-plus", "Staff", "Senior Staff", "Principal", "Senior Principal",
        "Distinguished", "Fellow",
    };
    private static final String[] VERBS = {
        "Delivers", "Designs", "Leads", "Reviews", "Plans", "Owns", "Improves", "Documents", "Measures",
        "Automates", "Negotiates", "Mentors others on", "Shapes", "Simplifies", "Coordinates", "Drives",
    };
    private static final String[] OBJECTS = {
        "well-defined tasks", "multi-sprint features", "the team's services", "public API contracts",
        "event schemas and their evolution", "service level objectives", "on-call rotations",
        "zero-downtime migrations", "capacity plans", "design documents", "release pipelines",
        "dashboards and alerts", "post-incident reviews", "shared libraries", "data retention rules",
        "cross-team standards", "the engineering roadmap", "build and test tooling",
    };
    private static final String[] QUALIFIERS = {
        "with guidance from a more senior engineer", "independently and end to end",
        "across several teams", "for the whole organisation", "within a single team",
        "in agreement with the product manager", "before they turn into incidents",
        "so that others can build on them", "with rollback steps for both code and data",
        "using error budgets to set the pace of change", "with clear ownership and documented trade-offs",
    };
    private static final String[] REASONS = {
        "keeping the scope small enough to ship each milestone on its own",
        "explaining the alternatives that were considered and why one was chosen",
        "so that customers notice no downtime while the change rolls out",
        "and checks the result against the agreed success measures",
        "and shares what was learnt with the rest of the team",
        "raising risks early and agreeing a simpler alternative when the cost is high",
        "while teaching others rather than merely gatekeeping",
    };

    private final SplittableRandom random = new SplittableRandom(20260105L);
    private final int tracks;
    private final int levels;
    private final int competencies;
    private final boolean specialisations;

    private CorpusGenerator(int tracks, int levels, int competencies, boolean specialisations) {
        this.tracks = tracks;
        this.levels = levels;
        this.competencies = competencies;
        this.specialisations = specialisations;
    }

    /** The competency a specialisation has instead of its base's last one. */
    private static final String OWN_COMPETENCY = "Specialist practice";

    public static void main(String[] args) throws IOException {
        boolean specialisations = args.length == 5 && args[4].equals("specialisations");
        if (args.length != 4 && !specialisations) {
            System.err.println("usage: java CorpusGenerator.java <tracks> <levels> <competencies> <output folder>"
                    + " [specialisations]");
            System.exit(2);
        }
        int tracks = Integer.parseInt(args[0]);
        int levels = Integer.parseInt(args[1]);
        int competencies = Integer.parseInt(args[2]);
        if (tracks < 1 || levels < 1 || competencies < 1) {
            throw new IllegalArgumentException("tracks, levels and competencies must each be at least 1");
        }
        Path out = Path.of(args[3]);
        if (specialisations && competencies < 2) {
            throw new IllegalArgumentException("a corpus with specialisations needs at least 2 competencies");
        }
        long bytes = new CorpusGenerator(tracks, levels, competencies, specialisations).write(out);
        System.out.printf(Locale.ROOT, "%d tracks x %d levels x %d competencies%s: %d files, %.1f MB in %s%n",
                tracks, levels, competencies, specialisations ? ", every second track a specialisation" : "",
                1 + tracks * (levels + 1L), bytes / 1e6, out);
    }

    private long write(Path root) throws IOException {
        long bytes = file(root.resolve("_index.md"), home());
        for (int t = 1; t <= tracks; t++) {
            Path folder = root.resolve(trackSlug(t));
            Files.createDirectories(folder);
            bytes += file(folder.resolve("_index.md"), track(t));
            for (int l = 1; l <= levels; l++) {
                bytes += file(folder.resolve(levelFile(l)), level(t, l));
            }
        }
        return bytes;
    }

    private static long file(Path path, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(path.getParent());
        Files.write(path, bytes);
        return bytes.length;
    }

    private String home() {
        return "---\ntitle: Benchmark Career Ladder\norganisation: Example Corp\nversion: \"1.0\"\n"
                + "effective: 2026-01-05\n---\n"
                + "A generated ladder of " + tracks + " tracks, each with " + levels + " levels and "
                + competencies + " competencies, used to time the build.\n\n"
                + "Read the levels as cumulative: each level assumes the expectations of every level below it.\n";
    }

    /** Whether track {@code t} is a specialisation of track {@code t - 1}: every second one, with the option. */
    private boolean specialisation(int t) {
        return specialisations && t % 2 == 0;
    }

    private String track(int t) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("title: ").append(TRACK_NAMES[(t - 1) % TRACK_NAMES.length]).append(' ').append(t).append('\n');
        out.append("family: ").append(FAMILIES[(t - 1) % FAMILIES.length]).append('\n');
        out.append("summary: ").append(sentence()).append('\n');
        if (specialisation(t)) {
            out.append("extends: ").append(trackSlug(t - 1)).append('\n');
            out.append("omit: [").append(competency(competencies)).append("]\n");
        }
        out.append("levels: [");
        for (int l = 1; l <= levels; l++) {
            out.append(l > 1 ? ", " : "").append(code(l));
        }
        out.append("]\ncompetencies:\n");
        for (int c = 1; c <= competencies; c++) {
            String name = specialisation(t) && c == competencies ? OWN_COMPETENCY : competency(c);
            out.append("  - ").append(name).append('\n');
        }
        out.append("---\n");
        out.append("An engineer on this track ").append(sentence().toLowerCase(Locale.ROOT)).append(' ')
                .append(sentence()).append("\n\n");
        out.append("### How the levels grow\n\n");
        out.append("The ladder starts at [").append(code(1)).append(' ').append(title(1)).append("](")
                .append(levelFile(1)).append(") and ends at [").append(code(levels)).append(' ')
                .append(title(levels)).append("](").append(levelFile(levels)).append(").\n");
        return out.toString();
    }

    private String level(int t, int l) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("level: ").append(code(l)).append('\n');
        out.append("title: ").append(title(l)).append('\n');
        out.append("summary: ").append(sentence()).append('\n');
        out.append("---\n");
        out.append(code(l)).append(' ').append(sentence().toLowerCase(Locale.ROOT));
        if (l > 1) {
            out.append(" This level assumes everything in [").append(code(l - 1)).append(' ').append(title(l - 1))
                    .append("](").append(levelFile(l - 1)).append(").");
        }
        out.append("\n");
        for (int c = 1; c <= competencies; c++) {
            // A specialisation's level writes its own competency and rewrites the first; the rest is inherited.
            if (specialisation(t) && c > 1 && c < competencies) {
                continue;
            }
            String name = specialisation(t) && c == competencies ? OWN_COMPETENCY : competency(c);
            out.append("\n## ").append(name).append("\n\n");
            int bullets = 3 + random.nextInt(6);
            for (int b = 0; b < bullets; b++) {
                out.append("- ").append(bullet(t, l, name, b)).append('\n');
            }
        }
        return out.toString();
    }

    /** One bullet; about one in six links to a neighbouring level or to the same level of another track. */
    private String bullet(int t, int l, String competency, int b) {
        String text = sentence();
        int roll = random.nextInt(12);
        if (roll == 0 && l < levels) {
            return text + " See [" + code(l + 1) + "](" + levelFile(l + 1) + "#" + anchor(competency)
                    + ") for the next step.";
        }
        if (roll == 1 && tracks > 1) {
            int other = t % tracks + 1;
            return text + " Compare [" + TRACK_NAMES[(other - 1) % TRACK_NAMES.length] + " " + code(l) + "](../"
                    + trackSlug(other) + "/" + levelFile(l) + ").";
        }
        if (b == 0 && roll < 4) {
            return "**" + text.substring(0, text.indexOf(' ')) + "**" + text.substring(text.indexOf(' '));
        }
        return text;
    }

    private String sentence() {
        String text = pick(VERBS) + " " + pick(OBJECTS) + " " + pick(QUALIFIERS);
        if (random.nextInt(3) > 0) {
            text += ", " + pick(REASONS);
        }
        return text + ".";
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String trackSlug(int t) {
        return String.format(Locale.ROOT, "track-%04d", t);
    }

    private static String levelFile(int l) {
        return String.format(Locale.ROOT, "l%02d.md", l);
    }

    private static String code(int l) {
        return "L" + l;
    }

    private static String title(int l) {
        return l <= LEVEL_TITLES.length ? LEVEL_TITLES[l - 1] : "Level " + l;
    }

    private static String competency(int c) {
        return c <= COMPETENCIES.length ? COMPETENCIES[c - 1] : "Competency " + c;
    }

    /** The anchor the site gives a competency's section: lower case, spaces as hyphens. */
    private static String anchor(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
    }
}
