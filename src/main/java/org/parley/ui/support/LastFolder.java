package org.parley.ui.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/**
 * The folder the user last saved to or opened from, so the next file dialog opens there rather
 * than in the working folder or "Recent": exporting three images for one report is three saves
 * into one folder. Kept for the session; a folder deleted meanwhile is not offered. Before the
 * first, the home folder: started from a terminal, the dialogs had opened in its working folder.
 */
public final class LastFolder {

    private static volatile File folder;

    private LastFolder() {
    }

    /** Opens {@code chooser} in the last folder, if there is one still. */
    public static FileChooser in(FileChooser chooser) {
        start().ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    /**
     * Opens {@code chooser} in the last folder, offering {@code name} there, or "name-2.ext" and on
     * where a file has it: the second image of a report, saved into the same folder, had been offered
     * the first one's name, and then the question whether to replace it.
     */
    public static FileChooser in(FileChooser chooser, String name) {
        Optional<File> at = start();
        at.ifPresent(chooser::setInitialDirectory);
        chooser.setInitialFileName(at.map(f -> freeName(f.toPath(), name)).orElse(name));
        return chooser;
    }

    /** {@code name}, or the first of "name-2.ext", "name-3.ext"… that nothing in {@code folder} has. */
    static String freeName(Path folder, String name) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        String free = name;
        for (int n = 2; n <= 999 && Files.exists(folder.resolve(free), LinkOption.NOFOLLOW_LINKS);
             n++) {
            free = stem + "-" + n + extension;
        }
        return free;
    }

    /** Opens {@code chooser} in the last folder, if there is one still. */
    public static DirectoryChooser in(DirectoryChooser chooser) {
        start().ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    /** The last folder if it is still there, else the home folder if there is one. */
    private static Optional<File> start() {
        File f = folder;
        if (f != null && f.isDirectory()) {
            return Optional.of(f);
        }
        File home = new File(System.getProperty("user.home", ""));
        return home.isDirectory() ? Optional.of(home) : Optional.empty();
    }

    /** Remembers the folder of {@code chosen} (a file), or {@code chosen} itself when it is a folder. */
    public static File remember(File chosen) {
        if (chosen != null) {
            File f = chosen.isDirectory() ? chosen : chosen.getAbsoluteFile().getParentFile();
            if (f != null) {
                folder = f;
            }
        }
        return chosen;
    }
}
