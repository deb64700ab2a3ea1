package dev.ladder.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * A level's rendered HTML shown on a page in another folder than the level's own: a cross-track compare page
 * showing the other track's level, or a specialisation's level showing the sections it shares with its base
 * level. Its links and images are written relative to the level's folder, so each relative address gains
 * the way there (with the steps that lead back out taken away again: {@code ../eng/} and
 * {@code ../index.html} make {@code ../index.html}), and a link within the level's page ({@code #anchor})
 * leads to that page. Addresses with a scheme and from the root lead to the same place from anywhere.
 */
public final class RelocatedHtml {

    private RelocatedHtml() {
    }

    /**
     * @param toFolder  the way from the showing page's folder to the level's folder, such as {@code ../eng/}
     * @param levelPage the level's page in that folder, such as {@code p4.html}
     */
    public static String of(String html, String toFolder, String levelPage) {
        if (!html.contains("href=") && !html.contains("src=")) {
            return html;
        }
        Document fragment = Jsoup.parseBodyFragment(html);
        fragment.outputSettings().prettyPrint(false);
        for (Element element : fragment.body().select("[href], [src]")) {
            for (String attribute : new String[] {"href", "src"}) {
                if (element.hasAttr(attribute)) {
                    element.attr(attribute, moved(element.attr(attribute), toFolder, levelPage));
                }
            }
        }
        return fragment.body().html();
    }

    private static String moved(String address, String toFolder, String levelPage) {
        if (address.startsWith("#")) {
            return shortened(toFolder + levelPage + address);
        }
        if (address.startsWith("/") || address.isEmpty()) {
            return address;
        }
        try {
            // An address with a scheme (https:, mailto:) leads to the same place from anywhere.
            if (new URI(address).getScheme() != null) {
                return address;
            }
        } catch (URISyntaxException e) {
            return address;
        }
        return shortened(toFolder + address);
    }

    /** A relative address with each folder that a later {@code ..} leaves taken out; leading {@code ..} stay. */
    private static String shortened(String address) {
        int end = address.length();
        for (char mark : new char[] {'?', '#'}) {
            int at = address.indexOf(mark);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        List<String> path = new ArrayList<>();
        for (String segment : address.substring(0, end).split("/", -1)) {
            if (segment.equals("..") && !path.isEmpty() && !path.get(path.size() - 1).equals("..")) {
                path.remove(path.size() - 1);
            } else if (!segment.equals(".")) {
                path.add(segment);
            }
        }
        return String.join("/", path) + address.substring(end);
    }
}
