package dev.ladder.load;

import dev.ladder.problem.Problems;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The images of a track, as Hugo's page bundles have them: beside its level files or in a folder there,
 * published at the same place in the site, so that {@code ![diagram](diagram.png)} works on every page
 * that shows the text. Each is checked as it is listed: its name, its size before it is read, and an SVG
 * for script, since an SVG opened on its own runs its scripts on the intranet's address.
 */
public final class PageResources {

    /** The kinds of image a page may show, by extension in lower case. */
    public static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp");
    /** Files larger than this are not published: a picture for a web page is far smaller. */
    static final long MAX_BYTES = 16L * 1024 * 1024;
    /** Folders of images nest no deeper than this below a track. */
    static final int MAX_DEPTH = 4;
    static final ContentTree.TooLarge TOO_LARGE = (size, limit) -> "is too large for an image of the site ("
            + size + " MB; the limit is " + limit + " MB); save it smaller";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern SCRIPT = Pattern.compile(
            "<script|<foreignobject|\\son[a-z]+\\s*=|javascript:|<iframe|<embed|<object", Pattern.CASE_INSENSITIVE);

    private PageResources() {
    }

    public static boolean isImage(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The images of a folder inside a track, and of its folders, each checked; others are left alone. */
    static List<Path> inFolder(ContentTree tree, Path folder, int depth, Problems problems) {
        List<Path> images = new ArrayList<>();
        if (depth > MAX_DEPTH) {
            return images;
        }
        for (Path child : ContentLoader.children(tree, folder, problems)) {
            if (!tree.allows(child, problems)) {
                continue;
            }
            if (tree.kind(child) == ContentTree.Kind.FOLDER) {
                images.addAll(inFolder(tree, child, depth + 1, problems));
            } else if (isImage(child) && checked(tree, child, problems)) {
                images.add(child);
            }
        }
        return images;
    }

    /** Whether an image may be published: a usable name, not too large, and an SVG without script. */
    static boolean checked(ContentTree tree, Path image, Problems problems) {
        String name = image.getFileName().toString();
        if (!NAME.matcher(name).matches()) {
            problems.error(image, 0, "name '" + name + "' cannot be part of a web address; use letters, digits, "
                    + "'-', '_' and '.' only");
            return false;
        }
        boolean svg = name.toLowerCase(Locale.ROOT).endsWith(".svg");
        var bytes = tree.readBytes(image, MAX_BYTES, TOO_LARGE, problems);
        if (bytes.isEmpty()) {
            return false;
        }
        if (svg && SCRIPT.matcher(new String(bytes.get(), StandardCharsets.UTF_8)).find()) {
            problems.error(image, 0, "is an SVG image with a script or an event handler in it, which would run "
                    + "on the site's address when the image is opened on its own; save it without scripts (as "
                    + "\"plain SVG\")");
            return false;
        }
        return true;
    }
}
