package org.parley.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file a name given for an export names, one rule for the window's save dialogs and the commands'
 * --out (decisions 0150, 0154). A name in one of the format's endings, in any case, is written as typed;
 * a name in another kind of file's ending ("x.png" for a PDF), one that is only an ending (".pdf") or one
 * that ends in '.' is refused, with what to type instead; any other name is given the format's ending, so
 * "report" and "talks.jan12" are "report.pdf" and "talks.jan12.pdf". Only that last file is one the user
 * did not name, and every caller asks before replacing it.
 */
public final class FileEnding {

    private FileEnding() {
    }

    /**
     * Endings that say what a file holds: Parley's formats and the image and text types a name is typed in by
     * habit. ".geojson" before ".json", so "g.geojson" is said to end in the longer one.
     */
    private static final List<String> KINDS = List.of(".pdf", ".png", ".svg", ".geojson", ".json", ".html", ".htm",
            ".csv", ".txt", ".jpg", ".jpeg", ".gif", ".bmp", ".tiff", ".tif", ".webp", ".eps");

    /**
     * The file to write for {@code given}, a file that is {@code what} ("a PDF") and ends in one of
     * {@code endings} (the first, ".pdf", is the one added). An existing folder is given back as it is, for the
     * writer to refuse as a folder, so nothing is written beside it.
     *
     * @throws ExportException saying what to name it instead, when the name is refused; nothing is written
     */
    public static Path of(Path given, String what, List<String> endings) {
        Path last = given.getFileName();
        if (last == null || Files.isDirectory(given)) {
            return given;
        }
        String name = last.toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String wanted = endings.get(0);
        for (String ending : endings) {
            if (lower.endsWith(ending) && lower.length() > ending.length()) {
                return given;
            }
        }
        for (String ending : KINDS) {
            if (lower.equals(ending)) {
                throw new ExportException("\"" + name + "\" is only an ending: name the file, e.g. week" + wanted
                        + ". Nothing was written.");
            }
            if (lower.endsWith(ending)) {
                throw new ExportException("\"" + name + "\" ends in " + ending + ", but this file is " + what
                        + ": name it " + wanted + ". Nothing was written.");
            }
        }
        if (name.endsWith(".")) {
            // "x." had been "x..pdf"; Windows drops a name's last dot, so "x." and "x" are one name there.
            throw new ExportException("\"" + name + "\" ends with '.': name it "
                    + name.replaceAll("\\.+$", "") + wanted + ". Nothing was written.");
        }
        return given.resolveSibling(name + wanted);
    }

    /** The ending of a kind of file {@code given}'s name ends in (".csv"), if any. */
    public static Optional<String> kindOf(Path given) {
        Path last = given.getFileName();
        String lower = last == null ? "" : last.toString().toLowerCase(Locale.ROOT);
        return KINDS.stream().filter(lower::endsWith).findFirst();
    }
}
