package dev.ladder.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A level's rendered HTML shown on a page in another folder than the level's own, as a cross-track compare
 * page shows the other track's level: its links and images are written relative to the level's folder, so
 * each relative address gains the way there, and a link within the level's page ({@code #anchor}) leads to
 * that page.
 */
final class RelocatedHtml {

    private RelocatedHtml() {
    }

    /**
     * @param toFolder  the way from the showing page's folder to the level's folder, such as {@code ../eng/}
     * @param levelPage the level's page in that folder, such as {@code p4.html}
     */
    static String of(String html, String toFolder, String levelPage) {
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
            return toFolder + levelPage + address;
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
        return toFolder + address;
    }
}
