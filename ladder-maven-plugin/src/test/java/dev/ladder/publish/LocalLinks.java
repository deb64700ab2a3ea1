package dev.ladder.publish;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves references the way a browser does for a site opened from disk: relative to the file that
 * holds them, query dropped, and a {@code #fragment} must name an element of the target page.
 */
final class LocalLinks {

    private final BuiltSite site;
    private final Map<Path, Set<String>> idsByPage = new HashMap<>();

    LocalLinks(BuiltSite site) {
        this.site = site;
    }

    /** The references of every page and stylesheet of the site, by file. */
    Map<String, List<Reference>> referencesByFile() {
        Map<String, List<Reference>> references = new LinkedHashMap<>();
        for (String page : site.htmlPages()) {
            Path file = site.file(page);
            references.put(page, Reference.inPage(Reference.parse(read(file), file.toUri().toString())));
        }
        for (String stylesheet : site.stylesheets()) {
            references.put(stylesheet, Reference.inStylesheet(read(site.file(stylesheet)), 1));
        }
        return references;
    }

    /** What is wrong with a same-site reference written in {@code from}, if anything. */
    Optional<String> problem(String from, Reference reference) {
        if (reference.url().isEmpty()) {
            return Optional.of("the URL is empty");
        }
        URI resolved;
        try {
            resolved = site.file(from).toUri().resolve(new URI(reference.url()));
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL: " + e.getReason());
        }
        Path target = Path.of(resolved.getPath()).normalize();
        if (!target.startsWith(site.root())) {
            return Optional.of("points outside the site, to " + target);
        }
        String relative = site.root().relativize(target).toString().replace('\\', '/');
        if (Files.isDirectory(target)) {
            return Optional.of("points to the folder " + relative + "/; link to the page in it (index.html)"
                    + " so the site also works when opened from disk");
        }
        if (!Files.isRegularFile(target)) {
            return Optional.of("no such file in the site: " + relative);
        }
        String fragment = resolved.getFragment();
        if (fragment == null || fragment.isEmpty()) {
            return Optional.empty();
        }
        if (!relative.endsWith(".html") && !relative.endsWith(".svg")) {
            return Optional.of("has the anchor #" + fragment + " but " + relative + " is not a page");
        }
        if (!ids(target).contains(fragment)) {
            return Optional.of(relative + " has no element with id \"" + fragment + "\"");
        }
        return Optional.empty();
    }

    private Set<String> ids(Path page) {
        return idsByPage.computeIfAbsent(page, path -> {
            // An SVG fragment names an element of the drawing, as in a sprite sheet of icons.
            Document document = path.toString().endsWith(".svg")
                    ? Jsoup.parse(read(path), path.toUri().toString(), Parser.xmlParser())
                    : Reference.parse(read(path), path.toUri().toString());
            Set<String> ids = new HashSet<>();
            document.select("[id]").forEach(element -> ids.add(element.id()));
            document.select("a[name]").forEach(anchor -> ids.add(anchor.attr("name")));
            return ids;
        });
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
