package dev.ladder.model;

/**
 * The level a specialisation's section is inherited from: the one whose file writes the text, which in
 * a chain of specialisations may be further down than the level's own base.
 *
 * @param trackSlug  the folder of the track whose level writes the section
 * @param levelSlug  that level's file name without {@code .md}
 */
public record SharedSection(String trackSlug, String trackTitle, String levelCode, String levelTitle,
                            String levelSlug) {

    /** The page of the level that writes the section, relative to the site root. */
    public String page() {
        return trackSlug + "/" + levelSlug + ".html";
    }
}
