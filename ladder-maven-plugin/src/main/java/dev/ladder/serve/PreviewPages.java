package dev.ladder.serve;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the preview adds to the site, from templates and files in {@code dev/ladder/serve}: the script put
 * into each HTML page it serves, the problems overlay, and the page shown before any build succeeded.
 *
 * @param tools    the path of the preview's own files, such as {@code /__ladder/}
 * @param siteBase the path the site is served under
 */
record PreviewPages(Configuration templates, String tools, String siteBase) {

    static final String RESOURCES = "/dev/ladder/serve/";
    private static final Pattern HEAD = Pattern.compile("<head(?:\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);

    static PreviewPages of(String tools, String siteBase) {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(new ClassTemplateLoader(PreviewPages.class, RESOURCES));
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setRecognizeStandardFileExtensions(true);
        config.setLocalizedLookup(false);
        config.setLocale(Locale.ENGLISH);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setAPIBuiltinEnabled(false);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        return new PreviewPages(config, tools, siteBase);
    }

    /**
     * {@code html} with the preview's script right after its {@code <head>}.
     *
     * @param page     the site path the page was asked for, such as {@code eng/p1.html}
     * @param build    the build its bytes come from
     * @param notFound whether it is the not-found page, served at any address
     */
    byte[] inject(byte[] html, String page, long build, boolean notFound) {
        String text = new String(html, StandardCharsets.UTF_8);
        String script = render("inject.ftlh", Map.of("tools", tools, "siteBase", siteBase, "page", page,
                "build", build, "notFound", notFound));
        Matcher head = HEAD.matcher(text);
        int at = head.find() ? head.end() : 0;
        return (text.substring(0, at) + script + text.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    /** The overlay for {@code view}; only a stylesheet link when there are no problems. */
    String overlay(ProblemsView view) {
        return render("overlay.ftlh", Map.of("tools", tools, "view", view));
    }

    /** The page served while no build has succeeded yet, with the preview's script. */
    byte[] noSite(String page, long build) {
        return inject(render("no-site.ftlh", Map.of()).getBytes(StandardCharsets.UTF_8), page, build, false);
    }

    /** A static file of the preview, such as {@code live.js}; {@code null} when there is none of that name. */
    static byte[] file(String name) throws IOException {
        if (!name.equals("live.js") && !name.equals("overlay.css")) {
            return null;
        }
        try (InputStream in = Objects.requireNonNull(PreviewPages.class.getResourceAsStream(RESOURCES + name))) {
            return in.readAllBytes();
        }
    }

    private String render(String template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            templates.getTemplate(template).process(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("the preview's template " + template + " failed: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
