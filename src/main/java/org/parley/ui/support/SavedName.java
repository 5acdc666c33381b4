package org.parley.ui.support;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The file a save dialog's answer names once it has its format's extension: GTK's dialog returns
 * "report" as typed, and a handout saved as "report" was a PDF no viewer would open by its name.
 */
public final class SavedName {

    private SavedName() {
    }

    /** {@code chosen}, or {@code chosen} with {@code extension} (".pdf") added when its name does not end in it. */
    public static Path withExtension(Path chosen, String extension) {
        String name = chosen.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(extension.toLowerCase(Locale.ROOT)) ? chosen
                : chosen.resolveSibling(name + extension);
    }
}
