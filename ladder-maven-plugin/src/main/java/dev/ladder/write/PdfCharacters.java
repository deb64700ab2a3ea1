package dev.ladder.write;

import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Track;
import dev.ladder.problem.IoReason;
import dev.ladder.problem.Problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Before any PDF is made: the fonts it may use, and a warning at {@code file:line:column} for each character
 * of the ladder that none of them draws, since the PDF would show {@code #} in its place.
 */
public final class PdfCharacters {

    private PdfCharacters() {
    }

    /**
     * The built-in fonts and those of {@code folder} (may be {@code null}), after checking every character of
     * the ladder's files against them; empty, with an error, when the folder or one of its fonts is unusable.
     */
    public static Optional<PdfFonts> check(Ladder ladder, Path folder, Problems problems) {
        PdfFonts fonts;
        if (folder == null) {
            fonts = PdfFonts.builtIn();
        } else if (!Files.isDirectory(folder)) {
            problems.error(folder, 0, "the PDF font folder (ladder.pdfFonts) does not exist or is not a folder");
            return Optional.empty();
        } else {
            try {
                fonts = PdfFonts.withFolder(folder);
            } catch (PdfFonts.UnusableFont e) {
                problems.error(e.file(), 0, "is not a TrueType font the PDFs can use; keep only TrueType fonts"
                        + " (.ttf, .ttc) in the PDF font folder (ladder.pdfFonts)");
                return Optional.empty();
            } catch (IOException e) {
                problems.error(folder, 0, "the PDF font folder (ladder.pdfFonts) could not be read ("
                        + IoReason.of(e) + ")");
                return Optional.empty();
            }
        }
        for (Path file : files(ladder)) {
            reportUncovered(file, fonts, problems);
        }
        return Optional.of(fonts);
    }

    private static List<Path> files(Ladder ladder) {
        List<Path> files = new ArrayList<>();
        files.add(ladder.home().file());
        for (Track track : ladder.tracks()) {
            files.add(track.file());
            track.levels().stream().map(Level::file).forEach(files::add);
        }
        files.removeIf(file -> file == null);
        return files;
    }

    /** One warning per character and file, at its first place, saying how often else it occurs. */
    private static void reportUncovered(Path file, PdfFonts fonts, Problems problems) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return; // already read once for the site; a file gone since then is reported by the next build
        }
        Map<Integer, int[]> firstAndCount = new LinkedHashMap<>();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            int column = 1;
            for (int offset = 0; offset < line.length(); column++) {
                int codePoint = line.codePointAt(offset);
                offset += Character.charCount(codePoint);
                if (drawn(codePoint) && !fonts.covers(codePoint)) {
                    int[] place = firstAndCount.computeIfAbsent(codePoint, cp -> new int[3]);
                    if (place[2]++ == 0) {
                        place[0] = index + 1;
                        place[1] = column;
                    }
                }
            }
        }
        firstAndCount.forEach((codePoint, place) -> problems.warning(file, place[0], place[1],
                "the character " + describe(codePoint) + " is in no font the PDFs can use, so the PDFs would show"
                        + " '#' in its place" + (place[2] > 1 ? " (here and " + (place[2] - 1) + " more times in"
                        + " this file)" : "") + "; add a TrueType font that has it to the ladder.pdfFonts folder,"
                        + " or write another character"));
    }

    /** Spaces, controls and invisible format marks have no glyph to draw. */
    private static boolean drawn(int codePoint) {
        int type = Character.getType(codePoint);
        return !Character.isWhitespace(codePoint) && type != Character.CONTROL && type != Character.FORMAT
                && type != Character.SPACE_SEPARATOR && !(codePoint >= 0xFE00 && codePoint <= 0xFE0F);
    }

    private static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        return "'" + new String(Character.toChars(codePoint)) + "' (U+"
                + String.format(Locale.ROOT, "%04X", codePoint) + (name == null ? "" : " " + name) + ")";
    }
}
