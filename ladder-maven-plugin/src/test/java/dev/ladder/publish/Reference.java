package dev.ladder.publish;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One URL written in a page or a stylesheet, with the line it is on.
 *
 * @param asset whether a browser loads it with the page (stylesheets, icons, scripts, images, CSS url()),
 *              as opposed to a link a reader may follow
 */
record Reference(String url, int line, boolean asset) {

    /** How a URL is written, which decides how the tests treat it. */
    enum Form {
        /** {@code #id}: a place in the same page. */
        FRAGMENT,
        /** A path relative to the page, the only form that works under any sub-path and from file://. */
        RELATIVE,
        /** {@code /path}: breaks as soon as the site is served under a sub-path. */
        ROOT_ABSOLUTE,
        /** {@code //host/path} or {@code http(s)://...}: another host. */
        EXTERNAL,
        /** {@code mailto:} and {@code tel:}: not a request at all. */
        CONTACT,
        /** {@code data:}: inline content, no request to any host. */
        INLINE,
        /** Any other scheme, such as {@code javascript:}. */
        OTHER_SCHEME
    }

    private static final Set<String> ASSET_LINK_RELS = Set.of(
            "stylesheet", "icon", "apple-touch-icon", "mask-icon", "manifest", "preload", "modulepreload",
            "prefetch", "preconnect", "dns-prefetch");
    private static final Set<String> SOURCE_ATTRIBUTES = Set.of("src", "poster", "data");
    private static final Set<String> NAVIGATION_ATTRIBUTES = Set.of("href", "xlink:href", "action", "formaction");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern CSS_URL = Pattern.compile(
            "url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\\s]*))\\s*\\)|@import\\s+(?:\"([^\"]*)\"|'([^']*)')");

    Form form() {
        if (url.startsWith("#")) {
            return Form.FRAGMENT;
        }
        if (url.startsWith("//")) {
            return Form.EXTERNAL;
        }
        if (url.startsWith("/")) {
            return Form.ROOT_ABSOLUTE;
        }
        Matcher scheme = SCHEME.matcher(url);
        if (!scheme.find()) {
            return Form.RELATIVE;
        }
        return switch (scheme.group(1).toLowerCase(Locale.ROOT)) {
            case "http", "https" -> Form.EXTERNAL;
            case "mailto", "tel" -> Form.CONTACT;
            case "data" -> Form.INLINE;
            default -> Form.OTHER_SCHEME;
        };
    }

    /** Parses a page keeping source positions, so references can name their line. */
    static Document parse(String html, String location) {
        return Parser.htmlParser().setTrackPosition(true).parseInput(html, location);
    }

    /** Every URL in a page: attributes, srcset candidates, and url() in style elements and attributes. */
    static List<Reference> inPage(Document page) {
        List<Reference> references = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            int line = element.sourceRange().start().lineNumber();
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().strip();
                if (NAVIGATION_ATTRIBUTES.contains(name)) {
                    references.add(new Reference(value, line, loadsWithPage(element)));
                } else if (SOURCE_ATTRIBUTES.contains(name)) {
                    references.add(new Reference(value, line, true));
                } else if (name.equals("srcset")) {
                    for (String candidate : value.split(",")) {
                        String url = candidate.strip().split("\\s+")[0];
                        if (!url.isEmpty()) {
                            references.add(new Reference(url, line, true));
                        }
                    }
                } else if (name.equals("style")) {
                    references.addAll(inStylesheet(value, line));
                }
            }
            if (element.normalName().equals("style")) {
                references.addAll(inStylesheet(element.data(), line));
            }
        }
        return references;
    }

    /** Every url() and @import in a stylesheet whose first line is {@code firstLine}. */
    static List<Reference> inStylesheet(String css, int firstLine) {
        // Comments are blanked, not removed, so line numbers stay true.
        String code = CSS_COMMENT.matcher(css).replaceAll(comment -> comment.group().replaceAll("[^\n]", " "));
        List<Reference> references = new ArrayList<>();
        Matcher matcher = CSS_URL.matcher(code);
        while (matcher.find()) {
            String url = firstNonNull(matcher);
            int line = firstLine + (int) code.substring(0, matcher.start()).chars().filter(c -> c == '\n').count();
            if (!url.isEmpty()) {
                references.add(new Reference(url.strip(), line, true));
            }
        }
        return references;
    }

    private static boolean loadsWithPage(Element element) {
        return switch (element.normalName()) {
            case "link" -> Arrays.stream(element.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"))
                    .anyMatch(ASSET_LINK_RELS::contains);
            case "use", "image", "feimage", "script" -> true;
            default -> false;
        };
    }

    private static String firstNonNull(Matcher matcher) {
        for (int group = 1; group <= matcher.groupCount(); group++) {
            if (matcher.group(group) != null) {
                return matcher.group(group);
            }
        }
        return "";
    }
}
