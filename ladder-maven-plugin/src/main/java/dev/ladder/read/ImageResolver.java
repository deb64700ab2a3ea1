package dev.ladder.read;

import dev.ladder.load.PageResources;
import dev.ladder.markdown.ImageReference;
import dev.ladder.markdown.LinkReference;
import dev.ladder.problem.Problems;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Checks the images a text shows, as links between levels are checked: each must be an image of the
 * ladder (beside the page or in a folder there), the theme's {@code assets/}, or, with a warning, a web
 * address. The site mirrors the content folder, so an image's address stays as written.
 */
final class ImageResolver {

    private final Path contentDirectory;
    private final PageIndex pages;
    private final Problems problems;

    ImageResolver(Path contentDirectory, PageIndex pages, Problems problems) {
        this.contentDirectory = contentDirectory;
        this.pages = pages;
        this.problems = problems;
    }

    void resolve(Path file, List<ImageReference> images) {
        Path self = file.toAbsolutePath().normalize();
        for (ImageReference image : images) {
            if (resolved(self, image)) {
                described(file, image);
            }
        }
    }

    /** @return whether the image is shown: a file of the site, or one from another host (warned of) */
    private boolean resolved(Path self, ImageReference image) {
        String address = image.destination().strip();
        String lower = address.toLowerCase(Locale.ROOT);
        LinkNames images = new LinkNames(pages.resources());
        if (address.isEmpty()) {
            return report(self, image, "image has no file; write it as ![what it shows](" + images.example(self,
                    "diagram.png") + "), with the image beside the page");
        }
        if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//")) {
            ExternalImages.warn(self, image, problems);
            return true;
        }
        if (LinkReference.SCHEME.matcher(address).find()) {
            return report(self, image, "image '" + address + "' is not allowed: show an image file saved beside "
                    + "the page, such as ![what it shows](" + images.example(self, "diagram.png") + ")");
        }
        if (address.startsWith("/")) {
            return report(self, image, "image '" + address + "' starts with '/', which breaks when the site is "
                    + "published under a sub-path; write the address from this file, such as '" + fromRoot(self, address)
                    + "'");
        }
        Path target;
        try {
            target = self.getParent().resolve(LinkResolver.decode(address.replaceFirst("[?#].*", ""))).normalize();
        } catch (InvalidPathException e) {
            return report(self, image, "image '" + address + "' is not a valid file name; show an image file "
                    + "saved beside the page, such as 'diagram.png'");
        }
        if (!target.startsWith(contentDirectory)) {
            return report(self, image, "image '" + address + "' is outside the content folder; save the image "
                    + "beside the page and show it from there");
        }
        if (pages.resource(target) != null || target.startsWith(contentDirectory.resolve("assets"))) {
            // The theme's assets are checked on the rendered page, where they are known.
            return true;
        }
        if (pages.hasProblems(target)) {
            return false;
        }
        String hint = images.hint(self, target);
        if (!PageResources.isImage(target) && hint.isEmpty()) {
            return report(self, image, "image '" + address + "' is not an image the site can show; use a "
                    + String.join(", ", PageResources.EXTENSIONS.stream().sorted().toList()) + " file");
        }
        return report(self, image, "image '" + address + "' points to a file that does not exist: there is no '"
                + contentDirectory.relativize(target).toString().replace('\\', '/') + "' in the content folder"
                + hint);
    }

    /** An image without words for those who cannot see it is a warning: the page still works. */
    private void described(Path file, ImageReference image) {
        if (image.alt().isBlank()) {
            problems.warning(file, image.line(), image.column(), "image '" + image.destination().strip()
                    + "' has no description; write what it shows between the brackets, ![what it shows]("
                    + image.destination().strip() + "), for readers who cannot see it");
        }
    }

    /** An address from the content folder's root, as written from {@code self}. */
    private String fromRoot(Path self, String address) {
        try {
            return LinkNames.relative(self, contentDirectory.resolve(LinkResolver.decode(address.replaceFirst("^/+", "")
                    .replaceFirst("[?#].*", ""))).normalize());
        } catch (InvalidPathException e) {
            return "diagram.png";
        }
    }

    private boolean report(Path file, ImageReference image, String message) {
        problems.error(file, image.line(), image.column(), message);
        return false;
    }
}
