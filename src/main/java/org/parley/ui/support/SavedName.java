package org.parley.ui.support;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * What the window says of a save dialog's answer given its format's ending by the one rule
 * ({@link org.parley.export.FileEnding}): GTK's dialog returns "report" as typed.
 */
public final class SavedName {

    private SavedName() {
    }

    /**
     * Said when a file went under another name than the one the save dialog was given ("Named
     * report.pdf (…); report was left as it was."), "" when not: that dialog may have asked about
     * replacing the file it named, which was never touched, and the note had said nothing of it.
     * It speaks of the one name: "these files end in .pdf", under the one PDF written, read as more files.
     */
    public static String renamingNote(Path chosen, Path written) {
        if (written.equals(chosen)) {
            return "";
        }
        String name = written.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
        return "Named " + name + " (the ending " + extension + " added to the name given)"
                + (Files.exists(chosen, LinkOption.NOFOLLOW_LINKS)
                        ? "; " + chosen.getFileName() + " was left as it was." : ".");
    }
}
