package dev.ladder.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows every link of the rendered pages to a file of the site and, for an {@code #anchor}, to an id
 * on that page. Links written in content are checked when it is read; this catches those a template
 * makes, such as an override that links to a page the site does not have.
 *
 * <p>Pages are scanned as text, not parsed: the theme writes attributes in double quotes, and a scan
 * costs a fraction of a parse on a large site.
 *
 * <p>Pages are scanned by the build's workers at once; broken links are listed in the order of the
 * site's files, so the report does not depend on which worker finished first.
 */
public final class SiteLinks {

    /** A link that leads nowhere, and why. */
    public record BrokenLink(String page, String href, String reason) {
    }

    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("\\s(?:href|src)=\"([^\"]*)\"");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern BASE = Pattern.compile("<base\\s");

    private final List<String> order;
    private final Set<String> files;
    private final Map<String, Set<String>> idsByPage = new ConcurrentHashMap<>();
    private final Map<String, List<String>> linksByPage = new ConcurrentHashMap<>();

    /** @param files every file the site will have, relative to its root with forward slashes, pages in order */
    public SiteLinks(Collection<String> files) {
        this.order = List.copyOf(files);
        this.files = Set.copyOf(files);
    }

    public void scan(String page, CharSequence html) {
        idsByPage.put(page, Set.copyOf(all(ID, html)));
        // A page with <base> resolves its links against an address only the web server knows.
        if (!BASE.matcher(html).find()) {
            linksByPage.put(page, all(LINK, html));
        }
    }

    public List<BrokenLink> broken() {
        List<BrokenLink> broken = new ArrayList<>();
        for (String page : pagesInOrder()) {
            for (String link : linksByPage.get(page)) {
                String reason = follow(page, link.replace("&amp;", "&"));
                if (reason != null) {
                    broken.add(new BrokenLink(page, link, reason));
                }
            }
        }
        return broken;
    }

    /** The scanned pages with links to follow: the site's files first, in their order, then any others by name. */
    private List<String> pagesInOrder() {
        List<String> pages = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String file : order) {
            if (linksByPage.containsKey(file) && seen.add(file)) {
                pages.add(file);
            }
        }
        linksByPage.keySet().stream().filter(page -> !seen.contains(page)).sorted().forEach(pages::add);
        return pages;
    }

    /** Why {@code href} on {@code page} leads nowhere, or {@code null} when it leads somewhere. */
    private String follow(String page, String href) {
        if (href.isEmpty() || href.startsWith("//") || SCHEME.matcher(href).find()) {
            return null;
        }
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String anchor = hash < 0 ? "" : href.substring(hash + 1);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        String target = path.isEmpty() ? page : resolve(page, path);
        if (target == null) {
            return "it leads out of the site";
        }
        if (target.isEmpty() || target.endsWith("/")) {
            target = target + "index.html";
        }
        if (!files.contains(target)) {
            return "the site has no " + target;
        }
        Set<String> ids = idsByPage.get(target);
        if (!anchor.isEmpty() && ids != null && !ids.contains(anchor)) {
            return target + " has no anchor #" + anchor;
        }
        return null;
    }

    /** {@code path} seen from {@code page}, as a path from the site root; {@code null} if it leaves the site. */
    private static String resolve(String page, String path) {
        List<String> parts = new ArrayList<>(List.of(page.split("/")));
        parts.remove(parts.size() - 1);
        for (String part : path.split("/", -1)) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else if (!part.equals(".")) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    private static List<String> all(Pattern pattern, CharSequence html) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
