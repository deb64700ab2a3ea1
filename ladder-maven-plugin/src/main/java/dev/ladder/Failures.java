package dev.ladder;

import dev.ladder.problem.Problem;
import dev.ladder.problem.Problems;
import dev.ladder.render.SiteLinks;
import dev.ladder.render.SitePlan;
import dev.ladder.render.TemplateFailure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns template failures into problems (one per broken template line, in the plan's page order)
 * and so do links on rendered pages that lead nowhere.
 */
record Failures(BuildOptions options, Problems problems, Set<String> seen) {

    Failures(BuildOptions options, Problems problems) {
        this(options, problems, new HashSet<>());
    }

    void report(List<TemplateFailure> failures) {
        failures.forEach(this::report);
    }

    /** One problem per template and link: a broken link in a layout would otherwise repeat on every page. */
    void reportBrokenLinks(SiteLinks links, SitePlan plan, Map<String, String> more) {
        Map<String, String> templates = new HashMap<>(more);
        plan.pages().forEach(page -> templates.put(page.path(), page.template()));
        Set<String> reported = new HashSet<>();
        for (SiteLinks.BrokenLink link : links.broken()) {
            String template = templates.get(link.page());
            if (reported.add(template + " " + link.href())) {
                problems.add(Problem.error(templateFile(template), 0, 0, "link '" + link.href() + "' on "
                        + link.page() + " leads nowhere (" + link.reason() + "); this template or a partial "
                        + "it includes writes it"));
            }
        }
    }

    private void report(TemplateFailure failure) {
        if (seen.add(failure.template() + ":" + failure.line())) {
            problems.add(Problem.error(templateFile(failure.template()), failure.line(), failure.column(),
                    "template error while rendering " + failure.page() + ": " + failure.message()));
        }
    }

    /** The site's own template of that name, or the built-in one it did not override. */
    private Path templateFile(String template) {
        Path overrides = options.templates();
        return overrides != null && Files.exists(overrides.resolve(template))
                ? overrides.resolve(template) : Path.of("built-in theme", template);
    }
}
