package dev.ladder.load;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** How a value is written into front matter, so that {@link FrontMatterParser} reads it back as it was. */
public final class FrontMatterText {

    private FrontMatterText() {
    }

    /** A YAML scalar for any text, quoted only when it must be: {@code Acme}, {@code 'Acme: Ladder'}, {@code 'yes'}. */
    public static String scalar(String text) {
        DumperOptions style = new DumperOptions();
        style.setWidth(Integer.MAX_VALUE);
        style.setSplitLines(false);
        return new Yaml(style).dump(text).stripTrailing();
    }
}
