package dev.ladder.init;

import dev.ladder.load.FrontMatterText;
import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a new ladder repository, rendered from the templates in {@code dev/ladder/init}. Those use
 * FreeMarker's square-bracket syntax ({@code [=title]}, {@code [#list]}), which leaves the {@code ${{ }}} of
 * GitHub workflows and the {@code $VARIABLES} of GitLab CI as they are.
 */
final class ScaffoldFiles {

    static final String TRACK = "engineering";
    static final String CHECK_WORKFLOW = ".github/workflows/ladder-check.yml";
    static final String SITE_WORKFLOW = ".github/workflows/ladder-site.yml";
    static final String GITLAB_CI = ".gitlab-ci.yml";
    static final String JVM_CONFIG = ".mvn/jvm.config";

    private ScaffoldFiles() {
    }

    /** File path (relative, with {@code /}) to text, in the order to write them. */
    static Map<String, String> render(InitOptions options) {
        Configuration freemarker = configuration();
        Map<String, Object> model = model(options);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("pom.xml", render(freemarker, "pom.xml.ftlx", model));
        // Maven starts its JVM with these options. A build is a short batch run: the quick compiler alone
        // finishes its work while the build still profits, and the serial collector grows the heap only as far
        // as the ladder needs, sparing the system the work of handing the JVM memory it would only fill with
        // garbage (README, "The JVM's options"; BENCHMARKS.md measures them).
        files.put(JVM_CONFIG, render(freemarker, "jvm.config.ftl", model));
        files.put(".gitignore", render(freemarker, "gitignore.ftl", model));
        files.put("README.md", render(freemarker, "README.md.ftl", model));
        files.put("content/_index.md", render(freemarker, "home.md.ftl", model));
        files.put("content/" + TRACK + "/_index.md", render(freemarker, "track.md.ftl", model));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> levels = (List<Map<String, Object>>) model.get("levels");
        for (int i = 0; i < levels.size(); i++) {
            Map<String, Object> level = new HashMap<>(model);
            level.put("level", levels.get(i));
            if (i > 0) {
                level.put("previous", levels.get(i - 1));
            }
            files.put("content/" + TRACK + "/" + levels.get(i).get("slug") + ".md",
                    render(freemarker, "level.md.ftl", level));
        }
        files.put("templates/README.md", render(freemarker, "templates-README.md.ftl", model));
        files.put(CHECK_WORKFLOW, render(freemarker, "github-check.yml.ftl", model));
        files.put(SITE_WORKFLOW, render(freemarker, "github-site.yml.ftl", model));
        files.put(GITLAB_CI, render(freemarker, "gitlab-ci.yml.ftl", model));
        return files;
    }

    private static Map<String, Object> model(InitOptions options) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", options.title().strip());
        model.put("titleYaml", FrontMatterText.scalar(options.title().strip()));
        model.put("artifactId", ScaffoldInput.artifactId(options.directory()));
        model.put("pluginGroupId", options.plugin().groupId());
        model.put("pluginArtifactId", options.plugin().artifactId());
        model.put("pluginVersion", options.plugin().version());
        model.put("trackSlug", TRACK);
        model.put("checkWorkflow", CHECK_WORKFLOW);
        model.put("gitlabCi", GITLAB_CI);
        List<Map<String, Object>> levels = new ArrayList<>();
        for (String code : options.levels()) {
            levels.add(Map.of("code", code, "codeYaml", FrontMatterText.scalar(code),
                    "slug", ScaffoldInput.slug(code),
                    "number", levels.size() + 1));
        }
        model.put("levels", levels);
        return model;
    }

    private static Configuration configuration() {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(new ClassTemplateLoader(ScaffoldFiles.class, "/dev/ladder/init"));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
        configuration.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setNumberFormat("computer");
        return configuration;
    }

    private static String render(Configuration freemarker, String template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            freemarker.getTemplate(template).process(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            // The templates are the plugin's own: a failure here is a bug in the plugin, not the editor's mistake.
            throw new IllegalStateException("init template " + template + " failed: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
