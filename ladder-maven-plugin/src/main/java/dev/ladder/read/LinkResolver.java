package dev.ladder.read;

import dev.ladder.load.ContentFiles;
import dev.ladder.markdown.ImageReference;
import dev.ladder.markdown.LinkReference;
import dev.ladder.problem.NearestName;
import dev.ladder.problem.Problems;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks every link an author wrote and points links to other content files at the pages made from
 * them ({@code p4.md#observability} becomes {@code p4.html#observability}). Since the site mirrors
 * the content folder, a relative link stays right on every page that shows the text.
 */
final class LinkResolver {

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");

    private final ContentFiles files;
    private final Path contentDirectory;
    private final PageIndex pages;
    private final LinkNames names;
    private final Problems problems;

    LinkResolver(ContentFiles files, PageIndex pages, Problems problems) {
        this(files, pages, new LinkNames(pages.sources()), problems);
    }

    private LinkResolver(ContentFiles files, PageIndex pages, LinkNames names, Problems problems) {
        this.files = files;
        this.contentDirectory = files.directory().toAbsolutePath().normalize();
        this.pages = pages;
        this.names = names;
        this.problems = problems;
    }

    /** The same resolver reporting to {@code found}: each worker reports to its own problems. */
    LinkResolver withProblems(Problems found) {
        return new LinkResolver(files, pages, names, found);
    }

    /** Resolves the links written in {@code file}, whose own page has the given anchors. */
    void resolve(Path file, Iterable<LinkReference> links) {
        for (LinkReference link : links) {
            resolve(file, link);
        }
    }

    /** Checks the images shown in {@code file}. */
    void resolveImages(Path file, List<ImageReference> images) {
        new ImageResolver(contentDirectory, pages, problems).resolve(file, images);
    }

    private void resolve(Path file, LinkReference link) {
        String destination = link.destination().strip();
        Path self = file.toAbsolutePath().normalize();
        if (destination.isEmpty()) {
            report(file, link, "link has no target; write it as [text](" + names.example(self)
                    + ") or [text](https://...)");
            return;
        }
        var scheme = LinkReference.SCHEME.matcher(destination);
        if (scheme.find()) {
            String name = scheme.group().toLowerCase(Locale.ROOT).replace(":", "");
            if (!SAFE_SCHEMES.contains(name)) {
                report(file, link, "link to '" + destination + "' is not allowed: only http, https, mailto and tel "
                        + "addresses can be linked; it is shown as plain text");
                unwrap(link.node());
            }
            return;
        }
        if (destination.startsWith("//")) {
            return;
        }
        if (destination.startsWith("/")) {
            report(file, link, "link '" + destination + "' starts with '/', which breaks when the site is "
                    + "published under a sub-path; write a relative link such as '" + fromRoot(self, destination)
                    + "'");
            return;
        }
        int hash = destination.indexOf('#');
        String pathPart = hash < 0 ? destination : destination.substring(0, hash);
        String anchor = hash < 0 ? null : destination.substring(hash + 1);
        Path target;
        try {
            target = pathPart.isEmpty() ? self : self.getParent().resolve(decode(pathPart)).normalize();
        } catch (InvalidPathException e) {
            report(file, link, "link '" + destination + "' is not a valid file name; link to a Markdown file "
                    + "of the content (such as '" + names.example(self) + "') or to a web address");
            return;
        }
        if (!target.startsWith(contentDirectory)) {
            report(file, link, "link '" + destination + "' points outside the content folder; link to a "
                    + "Markdown file of the content (such as '" + names.example(self) + "') or to a web address");
            return;
        }
        PageIndex.Target page = pages.get(target);
        String image = pages.resource(target);
        if (page == null && image != null) {
            link.node().setDestination(relative(self, image));
            return;
        }
        if (page == null && pages.hasProblems(target)) {
            return;
        }
        if (page == null && pathPart.endsWith(".md") && files.isFile(target)) {
            report(file, link, "link '" + destination + "' points to a file that is not a page of the ladder: "
                    + "only _index.md files and the level files of a track become pages");
            return;
        }
        if (page == null && pathPart.endsWith(".md")) {
            report(file, link, "link '" + destination + "' points to a file that does not exist: there is no '"
                    + contentDirectory.relativize(target).toString().replace('\\', '/') + "' in the content folder"
                    + names.hint(self, target));
            return;
        }
        if (page == null) {
            // A link to a page of the site (p2.html) rather than to the file it is made from.
            Path source = pages.sourceOf(contentDirectory.relativize(target).toString().replace('\\', '/'));
            report(file, link, "link '" + destination + "' is not a page of the ladder; link to "
                    + (source != null ? "the Markdown file the page is made from (did you mean '"
                    + LinkNames.relative(self, source) + "'?)"
                    : "a Markdown file of the content (such as '" + names.example(self) + "') or to a web address"));
            return;
        }
        if (anchor != null && !anchor.isEmpty() && !page.anchors().contains(anchor)) {
            String near = NearestName.hint(anchor, page.anchors());
            report(file, link, "link '" + destination + "' points to '#" + anchor + "', which is not a section of "
                    + (pathPart.isEmpty() ? "this page" : "'" + pathPart + "'")
                    + (near.isEmpty() ? sectionList(page) : near));
            return;
        }
        // Even a link within the same file names its page: sections are also shown on the matrix,
        // the booklet and other pages, where a bare "#anchor" would point somewhere else.
        String href = relative(self, page.output());
        link.node().setDestination(anchor == null ? href : href + "#" + anchor);
    }

    /** A link from the content folder's root written relative to {@code self}, when it names a page. */
    private String fromRoot(Path self, String destination) {
        try {
            Path target = contentDirectory.resolve(decode(destination.replaceFirst("^/+", "")
                    .replaceFirst("#.*", ""))).normalize();
            return pages.get(target) != null ? LinkNames.relative(self, target) : names.example(self);
        } catch (InvalidPathException e) {
            return names.example(self);
        }
    }

    private static String sectionList(PageIndex.Target page) {
        return page.anchors().isEmpty() ? "; that page has no sections to link to"
                : "; its sections are " + String.join(", ", page.anchors().stream().sorted().map(a -> "#" + a).toList());
    }

    /** The output path {@code output} as seen from the page made of {@code source}. */
    private String relative(Path source, String output) {
        Path from = contentDirectory.relativize(source).getParent();
        Path to = Path.of(output);
        Path relative = from == null ? to : from.relativize(to);
        return relative.toString().replace('\\', '/');
    }

    /** A path as written in Markdown, its %-escapes decoded ({@code p%202.md} is {@code p 2.md}). */
    static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    private void report(Path file, LinkReference link, String message) {
        problems.error(file, link.line(), link.column(), message);
    }

    /** Keeps a link's words but drops the link, so an unsafe address never reaches a page. */
    private static void unwrap(Link link) {
        Node child = link.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            link.insertBefore(child);
            child = next;
        }
        link.unlink();
    }
}
