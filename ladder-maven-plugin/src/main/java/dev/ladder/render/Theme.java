package dev.ladder.render;

import dev.ladder.model.ComparePairs;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StrongCacheStorage;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The built-in theme on the classpath, with a site's own templates folder laid over it: a file there
 * replaces the built-in file of the same relative name, as a Hugo site's layouts override its theme.
 */
public final class Theme {

    static final String BUILT_IN = "/dev/ladder/theme";
    /** The classpath cannot be listed portably, so the built-in static files are named here. */
    private static final String[] BUILT_IN_ASSETS = {"assets/style.css", "assets/print.css", "assets/favicon.svg",
        "assets/search.js", "assets/matrix.js"};

    private final Path overrides;
    private final Configuration configuration;

    /** @param overrides the site's templates folder, or {@code null} when it has none */
    public Theme(Path overrides) {
        this.overrides = overrides != null && Files.isDirectory(overrides) ? overrides : null;
        this.configuration = configuration(this.overrides);
    }

    Configuration configuration() {
        return configuration;
    }

    /** Static files to copy into the site, by site path: built-in ones, replaced or joined by the site's own. */
    public Map<String, Asset> assets() {
        Map<String, Asset> assets = new TreeMap<>();
        for (String name : BUILT_IN_ASSETS) {
            assets.put(name, new Asset.BuiltIn(BUILT_IN + "/" + name));
        }
        if (overrides != null && Files.isDirectory(overrides.resolve("assets"))) {
            try (Stream<Path> files = Files.walk(overrides.resolve("assets"))) {
                files.filter(Files::isRegularFile).forEach(file -> assets.put(
                        overrides.relativize(file).toString().replace('\\', '/'), new Asset.OnDisk(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return assets;
    }

    /** A static file of the theme. */
    public sealed interface Asset {
        InputStream open() throws IOException;

        record BuiltIn(String resource) implements Asset {
            @Override
            public InputStream open() throws IOException {
                InputStream in = Theme.class.getResourceAsStream(resource);
                if (in == null) {
                    throw new IOException("built-in theme file " + resource + " is missing from the plugin");
                }
                return in;
            }
        }

        record OnDisk(Path file) implements Asset {
            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }
        }
    }

    private static Configuration configuration(Path overrides) {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(loader(overrides));
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setRecognizeStandardFileExtensions(true);
        config.setLocalizedLookup(false);
        // A theme is read for one build: looking for newer template files every few seconds, which
        // FreeMarker does by default, would only cost a large build a file check per page.
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        // FreeMarker keeps 20 templates strongly and the rest softly by default; a theme has more, and one
        // dropped under a small heap would be read and parsed again for the next page that uses it.
        config.setCacheStorage(new StrongCacheStorage());
        config.setLocale(Locale.ENGLISH);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setNumberFormat("computer");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        // Templates are content of the site, not code: they may not reach into Java.
        config.setAPIBuiltinEnabled(false);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setObjectWrapper(new RecordWrapper(Configuration.VERSION_2_3_34));
        try {
            config.setSharedVariable("compareFullReachUpTo", ComparePairs.FULL_REACH_UP_TO);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
        return config;
    }

    private static TemplateLoader loader(Path overrides) {
        ClassTemplateLoader builtIn = new ClassTemplateLoader(Theme.class, BUILT_IN);
        if (overrides == null) {
            return builtIn;
        }
        try {
            return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(overrides.toFile()), builtIn});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
