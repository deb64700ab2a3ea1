package dev.ladder.render;

import dev.ladder.markdown.LinkReference;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Follows every link of the rendered pages to a file of the site and, for an {@code #anchor}, to an id
 * on that page. Links written in content are checked when it is read; this catches those a template
 * makes, such as an override that links to a page the site does not have.
 *
 * <p>Pages are scanned as text, not parsed: the theme writes attributes in double quotes, and a scan
 * costs a fraction of a parse on a large site (see {@link QuotedAttributes}).
 *
 * <p>Pages are scanned by the build's workers at once; broken links are listed in the order of the
 * site's files, so the report does not depend on which worker finished first.
 */
public final class SiteLinks {

    /** A link that leads nowhere, and why. */
    public record BrokenLink(String page, String href, String reason) {
    }


    private final Map<String, Integer> positions = new HashMap<>();
    /** Every file of the site, each path to itself: links that lead to a file share the site's own string. */
    private final Map<String, String> files = new HashMap<>();
    /**
     * Each page's ids as one string, "\nid\nid\n": a large site has hundreds of thousands of them, but the
     * pages of a kind mostly have the same ones (the competencies' anchors), so equal strings are kept once.
     */
    private final Map<String, String> idsByPage = new ConcurrentHashMap<>();
    private final Map<String, String> distinctIds = new ConcurrentHashMap<>();
    /**
     * Each "target#anchor" linked to from a page scanned before its target, with the first page (in site
     * order) that links to it: settled at the end. A link to a page already scanned is settled at once.
     */
    private final Map<String, Requester> anchorsPending = new ConcurrentHashMap<>();
    /** Each "target#anchor" that leads to no id, with the first page (in site order) that links to it. */
    private final Map<String, Requester> anchorsMissing = new ConcurrentHashMap<>();
    private final Queue<BrokenLink> broken = new ConcurrentLinkedQueue<>();
    /**
     * Where each path linked to leads, by the folder of the pages linking: a link resolves the same way from
     * every page of a folder, and the pages of a track's folder share most of their links (the picker, the
     * levels, the shared files), so each is resolved once per folder rather than once per page. As many
     * entries as distinct paths linked to per folder, which grows with the site's files, not its pages' links.
     */
    private final Map<String, Map<String, Target>> byFolder = new ConcurrentHashMap<>();

    private record Requester(String page, String href, int position) {
    }

    /** @param files every file the site will have, relative to its root with forward slashes, pages in order */
    public SiteLinks(Collection<String> files) {
        List<String> order = List.copyOf(files);
        for (int i = 0; i < order.size(); i++) {
            positions.putIfAbsent(order.get(i), i);
        }
        files.forEach(file -> this.files.putIfAbsent(file, file));
    }

    /**
     * Follows the page's links to files at once and keeps only what cannot be decided until every page is
     * scanned: the anchors it links to, once each for the whole site.
     */
    public void scan(String page, String html) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        scan(page, bytes, bytes.length);
    }

    /** {@link #scan(String, String)} of a page as UTF-8, in the first {@code length} bytes of {@code html}. */
    public void scan(String page, byte[] html, int length) {
        QuotedAttributes attributes = QuotedAttributes.of(html, length);
        String ids = distinctIds.computeIfAbsent("\n" + String.join("\n", attributes.ids()) + "\n", same -> same);
        idsByPage.put(page, ids);
        // A page with <base> resolves its links against an address only the web server knows.
        if (attributes.base()) {
            return;
        }
        int position = positions.getOrDefault(page, Integer.MAX_VALUE);
        Map<String, Target> folder = byFolder.computeIfAbsent(page.substring(0, Math.max(0, page.lastIndexOf('/'))),
                key -> new ConcurrentHashMap<>());
        for (String link : attributes.links()) {
            String href = link.replace("&amp;", "&");
            Target target = follow(page, folder, href);
            if (target.reason() != null) {
                broken.add(new BrokenLink(page, link, target.reason()));
            } else if (target.anchor() != null && target.path().equals(page)) {
                // A page's links to its own anchors are most of a large site's anchors: settled here,
                // they need not wait for the end of the build.
                if (!has(ids, target.anchor())) {
                    broken.add(noAnchor(page, link, page, target.anchor()));
                }
            } else if (target.anchor() != null) {
                String targetIds = idsByPage.get(target.path());
                if (targetIds == null || !has(targetIds, target.anchor())) {
                    firstRequester(targetIds == null ? anchorsPending : anchorsMissing,
                            target.path() + "#" + target.anchor(), new Requester(page, link, position));
                }
            }
        }
    }

    /** Every link that leads nowhere, in the order of the site's pages. */
    public List<BrokenLink> broken() {
        List<BrokenLink> all = new ArrayList<>(broken);
        Map<String, Requester> missing = new HashMap<>(anchorsMissing);
        anchorsPending.forEach((target, requester) -> {
            int hash = target.lastIndexOf('#');
            String ids = idsByPage.get(target.substring(0, hash));
            if (ids != null && !has(ids, target.substring(hash + 1))) {
                firstRequester(missing, target, requester);
            }
        });
        missing.forEach((target, requester) -> {
            int hash = target.lastIndexOf('#');
            all.add(noAnchor(requester.page(), requester.href(), target.substring(0, hash), target.substring(hash + 1)));
        });
        all.sort(Comparator.comparing((BrokenLink link) -> positions.getOrDefault(link.page(), Integer.MAX_VALUE))
                .thenComparing(BrokenLink::page).thenComparing(BrokenLink::href));
        return all;
    }

    private static boolean has(String ids, String anchor) {
        return ids.contains("\n" + anchor + "\n");
    }

    /** Keeps, for {@code target}, whichever requester comes first in the site's order. */
    private static void firstRequester(Map<String, Requester> requesters, String target, Requester requester) {
        requesters.merge(target, requester, (a, b) -> a.position() <= b.position() ? a : b);
    }

    private static BrokenLink noAnchor(String page, String href, String target, String anchor) {
        return new BrokenLink(page, href, target + " has no anchor #" + anchor);
    }

    /** Where a link leads: a file of the site and maybe an anchor on it, or why it leads nowhere. */
    private record Target(String path, String anchor, String reason) {
    }

    /**
     * Where {@code href} on {@code page} leads; anchors are checked once every page is scanned.
     *
     * @param folder the paths already followed from the page's folder
     */
    private Target follow(String page, Map<String, Target> folder, String href) {
        // Most links have no colon, so most skip the pattern.
        if (href.isEmpty() || href.startsWith("//")
                || href.indexOf(':') >= 0 && LinkReference.SCHEME.matcher(href).find()) {
            return new Target(null, null, null);
        }
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String anchor = hash < 0 || hash == href.length() - 1 ? null : href.substring(hash + 1);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.isEmpty()) {
            return files.containsKey(page) ? new Target(page, anchor, null)
                    : new Target(null, null, "the site has no " + page);
        }
        Target file = folder.computeIfAbsent(path, key -> file(page, key));
        return file.reason() != null || anchor == null ? file : new Target(file.path(), anchor, null);
    }

    /** The file a link's path (not empty) leads to from {@code page}, without an anchor, or why none. */
    private Target file(String page, String path) {
        String target = resolve(page, path);
        if (target == null) {
            return new Target(null, null, "it leads out of the site");
        }
        if (target.isEmpty() || target.endsWith("/")) {
            target = target + "index.html";
        }
        String file = files.get(target);
        return file == null ? new Target(null, null, "the site has no " + target) : new Target(file, null, null);
    }

    /**
     * {@code path} seen from {@code page}, as a path from the site root; {@code null} if it leaves the site.
     * Every link of every page comes through here, so the segments are kept in one builder, not a list.
     */
    private static String resolve(String page, String path) {
        StringBuilder out = new StringBuilder(page.length() + path.length());
        int folder = page.lastIndexOf('/');
        int segments = 0;
        if (folder > 0) {
            out.append(page, 0, folder);
            segments = 1;
            for (int at = page.indexOf('/'); at < folder; at = page.indexOf('/', at + 1)) {
                segments++;
            }
        }
        int from = 0;
        while (from <= path.length()) {
            int to = path.indexOf('/', from);
            if (to < 0) {
                to = path.length();
            }
            if (path.startsWith("..", from) && to - from == 2) {
                if (segments == 0) {
                    return null;
                }
                segments--;
                out.setLength(segments == 0 ? 0 : out.lastIndexOf("/"));
            } else if (!(path.startsWith(".", from) && to - from == 1)) {
                if (segments > 0) {
                    out.append('/');
                }
                out.append(path, from, to);
                segments++;
            }
            from = to + 1;
        }
        return out.toString();
    }
}
