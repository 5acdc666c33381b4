package org.parley.ui.support;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

import org.parley.export.FileEnding;

/**
 * The file a save dialog's answer names once it has its format's extension: GTK's dialog returns
 * "report" as typed, and a handout saved as "report" was a PDF no viewer would open by its name.
 */
public final class SavedName {

    private SavedName() {
    }

    /** {@code chosen}, or {@code chosen} with {@code extension} (".pdf") added when its name does not end in it. */
    public static Path withExtension(Path chosen, String extension) {
        return FileEnding.added(chosen, List.of(extension));
    }

    /**
     * Said when a file went under another name than the one the save dialog was given ("Named
     * report.pdf: …; report was left as it was."), "" when not: that dialog may have asked about
     * replacing the file it named, which was never touched, and the note had said nothing of it.
     */
    public static String renamingNote(Path chosen, Path written) {
        if (written.equals(chosen)) {
            return "";
        }
        String name = written.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
        return "Named " + name + ": these files end in " + extension
                + (Files.exists(chosen, LinkOption.NOFOLLOW_LINKS)
                        ? "; " + chosen.getFileName() + " was left as it was." : ".");
    }
}
