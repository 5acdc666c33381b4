package org.parley.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.parley.seed.Printable;

/**
 * The rule for a path Parley is asked to write: no control character in it, and no name longer than
 * file systems take. {@code --out
 * $'a\nb.html'} made a file whose name a listing shows as two lines and a shell script splits;
 * the bidirectional overrides (U+202A to U+202E, U+2066 to U+2069) make "txt.exe" look like
 * "exe.txt". Such a name is never what someone meant, so it is refused before anything is written.
 */
public final class OutputName {

    private OutputName() {
    }

    /** What is wrong with {@code path} as a place to write, in words; empty when nothing is. */
    public static Optional<String> problem(Path path) {
        String text = path.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Printable.isDirectionControl(c)) {
                return Optional.of(Printable.oneLine(text) + " holds " + Printable.controlName(c) + " at character "
                        + (i + 1) + "; Parley does not make file or folder names with one. Nothing was written.");
            }
            if (Character.getType(c) == Character.CONTROL) {
                return Optional.of(Printable.oneLine(text) + " holds a control character (" + describe(c)
                        + ") at character " + (i + 1) + "; Parley does not make file or folder names with one. "
                        + "Nothing was written.");
            }
        }
        if (text.startsWith("~")) {
            // "--db=~/week.db": a shell expands "~" only at a word's start, so Parley got it as it was,
            // and made a folder named "~" in the current one, which a later "rm -r ~" would be a hazard to.
            return Optional.of(Printable.oneLine(text) + " begins with '~', which the shell did not turn into your home "
                    + "folder (it does not after '=', or in quotes): Parley would make a folder named '~' here. Write the "
                    + "path out, e.g. $HOME/" + Printable.oneLine(text.substring(text.startsWith("~/") ? 2 : 1))
                    + ". Nothing was written.");
        }
        Optional<String> name = lastName(path);
        if (name.isPresent()) {
            return name;
        }
        for (Path part : path) {
            int bytes = part.toString().getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MOST_NAME_BYTES) {
                // The system's own words were "cannot be opened or created there (is the folder there …?)".
                return Optional.of("the name " + Printable.brief(part.toString()) + " is " + bytes + " bytes long; file "
                        + "systems take at most " + MOST_NAME_BYTES + " for a file or folder name. Nothing was written.");
            }
        }
        return Optional.empty();
    }

    /**
     * What is wrong with the name a command would make: a blank one, one that begins or ends with a
     * space or ends with '.' (Windows drops those: "x.html." is "x.html" there, and Parley took it
     * for a folder's name), or one that begins with '-', which shells and tools read as an option.
     */
    private static Optional<String> lastName(Path path) {
        Path last = path.getFileName();
        String name = last == null ? "" : last.toString();
        if (name.equals(".") || name.equals("..") || last == null) {
            return Optional.empty();
        }
        for (int i = 0; i < name.length(); i++) {
            if (INVISIBLE.indexOf(name.charAt(i)) >= 0) {
                // A name that looks like another. The joiners stay: emoji and Persian names are written with them.
                String visible = name.replace(String.valueOf(name.charAt(i)), String.format("<U+%04X>", (int) name.charAt(i)));
                return Optional.of("\"" + Printable.oneLine(visible) + "\" holds an invisible character ("
                        + Printable.invisibleName(name.charAt(i)) + "); Parley does not make file or folder names with one. "
                        + "Nothing was written.");
            }
        }
        String shown = "\"" + Printable.oneLine(name) + "\"";
        if (name.isBlank()) {
            return Optional.of(shown + " is blank: name the file or folder. Nothing was written.");
        }
        if (!name.strip().equals(name) || name.endsWith(".")) {
            return Optional.of(shown + " begins or ends with a space or ends with '.', which Windows drops from names; "
                    + "leave it out. Nothing was written.");
        }
        if (name.startsWith("-")) {
            return Optional.of(shown + " begins with '-', which shells and tools read as an option; name it otherwise. "
                    + "Nothing was written.");
        }
        return Optional.empty();
    }

    /** Characters that draw nothing and join nothing: zero-width space, direction marks, word joiners, the byte-order mark, the soft hyphen. */
    private static final String INVISIBLE = "\u200B\u200E\u200F\u2060\u2061\u2062\u2063\u2064\uFEFF\u061C\u180E\u00AD";

    /** The longest file or folder name ext4, NTFS, APFS and the rest allow, in bytes of UTF-8 (NTFS: 255 UTF-16 units). */
    static final int MOST_NAME_BYTES = 255;

    private static String describe(char c) {
        String code = String.format("U+%04X", (int) c);
        return switch (c) {
            case '\n' -> code + ", a line break";
            case '\r' -> code + ", a carriage return";
            case '\t' -> code + ", a tab";
            case '\u001B' -> code + ", an escape";
            default -> code;
        };
    }
}
