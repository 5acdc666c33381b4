package org.parley.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The file a name given for an export names: the name as given when it ends in one of the format's
 * endings, else the name with the format's own ending added. One rule for the window's save dialogs and
 * the command's --out (decision 0150): a PDF written as "report" is a file no viewer opens by its name.
 */
public final class FileEnding {

    private FileEnding() {
    }

    /** {@code given}, or {@code given} with {@code endings}' first (".pdf") added when it ends in none of them. */
    public static Path added(Path given, List<String> endings) {
        Path last = given.getFileName();
        if (last == null || endings.isEmpty()) {
            return given;
        }
        String name = last.toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ending : endings) {
            if (lower.endsWith(ending.toLowerCase(Locale.ROOT))) {
                return given;
            }
        }
        return given.resolveSibling(name + endings.get(0));
    }

    /** Whether {@code path}'s name has an ending of any kind: a dot with something before and after it ("p.db", not ".bashrc"). */
    public static boolean hasOne(Path path) {
        Path last = path.getFileName();
        String name = last == null ? "" : last.toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1;
    }
}
