package dev.ladder.read;

import dev.ladder.problem.Problems;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Checks the two options that put addresses into every page: {@code baseUrl} (in {@code <base href>}
 * terms, the sitemap and each page's canonical address) and {@code editUrl} (every "Suggest a change"
 * link). Either could otherwise carry {@code javascript:} into every page of the intranet.
 */
public final class UrlOptions {

    private UrlOptions() {
    }

    /** @return whether both are empty or acceptable; each problem is reported at the project's pom.xml */
    public static boolean check(String baseUrl, String editUrl, Path project, Problems problems) {
        Path pom = project.resolve("pom.xml");
        int before = problems.errorCount();
        if (!baseUrl.isEmpty() && !web(baseUrl)) {
            problems.error(pom, 0, "option baseUrl '" + baseUrl + "' must be a web address starting with "
                    + "http:// or https://, such as https://intranet.example/ladder/ (set <baseUrl> or -Dladder.baseUrl)");
        }
        if (!editUrl.isEmpty()) {
            String example = editUrl.replace("{path}", "content/_index.md");
            if (!web(example) && !relative(example)) {
                problems.error(pom, 0, "option editUrl '" + editUrl + "' must be a web address starting with "
                        + "http:// or https://, or a relative path such as ../edit/{path} (set <editUrl> or -Dladder.editUrl)");
            }
        }
        return problems.errorCount() == before;
    }

    private static boolean web(String address) {
        URI uri = uri(address);
        if (uri == null || uri.getScheme() == null || uri.getHost() == null || uri.getHost().isEmpty()) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https");
    }

    /** A path on the same host: no scheme, and not {@code //host/…}, which leads to another host. */
    private static boolean relative(String address) {
        URI uri = uri(address);
        return uri != null && uri.getScheme() == null && uri.getRawAuthority() == null && !address.startsWith("//")
                && !address.startsWith("\\");
    }

    /** The address parsed strictly: a space, a quote or an angle bracket is refused as well. */
    private static URI uri(String address) {
        try {
            return new URI(address);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
