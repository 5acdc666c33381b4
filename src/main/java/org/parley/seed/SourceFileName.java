package org.parley.seed;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rule for a source's {@code file}: a plain, visible file name that is safe to read and to
 * write back on every operating system. A dataset is someone else's text, so its file names are
 * hostile until checked: {@code ../x}, {@code .bashrc}, {@code CON.txt} or a NUL would otherwise
 * reach the file system when the dataset is imported or exported.
 */
public final class SourceFileName {

    /** Most file systems refuse longer names, counted in UTF-8 bytes. */
    static final int MAX_BYTES = 255;
    private static final String WINDOWS_FORBIDDEN = "<>:\"/\\|?*";
    private static final Set<String> WINDOWS_RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
            "COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³", "CONIN$", "CONOUT$");
    private SourceFileName() {
    }

    /** Why {@code name} may not be a source's file name, or empty when it may. */
    public static Optional<String> problem(String name) {
        if (name.isEmpty()) {
            return Optional.of("is empty");
        }
        if (name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\")) {
            return Optional.of("must be a plain file name beside the dataset, not a path");
        }
        if (Printable.INVISIBLE.matcher(name).find()) {
            return Optional.of("contains a control or invisible character (" + firstInvisible(name) + ")");
        }
        if (Character.getType(name.codePointAt(0)) == Character.NON_SPACING_MARK
                || Character.getType(name.codePointAt(0)) == Character.ENCLOSING_MARK
                || Character.getType(name.codePointAt(0)) == Character.COMBINING_SPACING_MARK) {
            return Optional.of("begins with a combining mark (" + String.format("U+%04X", name.codePointAt(0))
                    + "), which has no letter to sit on");
        }
        if (name.startsWith(".")) {
            return Optional.of("starts with '.', which makes a hidden file (such as .bashrc)");
        }
        if (name.startsWith("-") || name.startsWith("~")) {
            return Optional.of("starts with '" + name.charAt(0) + "', which shells and tools misread");
        }
        for (char c : name.toCharArray()) {
            if (WINDOWS_FORBIDDEN.indexOf(c) >= 0) {
                return Optional.of("contains '" + c + "', which Windows does not allow in file names");
            }
        }
        if (name.endsWith(".") || name.endsWith(" ") || !name.strip().equals(name)) {
            return Optional.of("begins or ends with a space or ends with '.', which Windows silently drops");
        }
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (WINDOWS_RESERVED.contains(stem.strip().toUpperCase(Locale.ROOT))) {
            return Optional.of("is a device name on Windows (" + stem + ")");
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            // The dataset's own file holds every passage it cites: read as the article, it would prove them all.
            return Optional.of("is a JSON file, as the dataset and its schema are; a source is the text of an article "
                    + "in a file of its own (such as .txt)");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("is longer than " + MAX_BYTES + " bytes");
        }
        if (!isWellFormed(name)) {
            return Optional.of("contains a lone UTF-16 surrogate");
        }
        return Optional.empty();
    }

    private static String firstInvisible(String name) {
        var m = Printable.INVISIBLE.matcher(name);
        m.find();
        return Printable.invisibleName(name.codePointAt(m.start()));
    }

    static boolean isWellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
