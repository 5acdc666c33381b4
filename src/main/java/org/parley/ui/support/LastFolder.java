package org.parley.ui.support;

import java.io.File;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/**
 * The folder the user last saved to or opened from, so the next file dialog opens there rather
 * than in the working folder or "Recent": exporting three images for one report is three saves
 * into one folder. Kept for the session; a folder deleted meanwhile is not offered.
 */
public final class LastFolder {

    private static volatile File folder;

    private LastFolder() {
    }

    /** Opens {@code chooser} in the last folder, if there is one still. */
    public static FileChooser in(FileChooser chooser) {
        File f = folder;
        if (f != null && f.isDirectory()) {
            chooser.setInitialDirectory(f);
        }
        return chooser;
    }

    /** Opens {@code chooser} in the last folder, if there is one still. */
    public static DirectoryChooser in(DirectoryChooser chooser) {
        File f = folder;
        if (f != null && f.isDirectory()) {
            chooser.setInitialDirectory(f);
        }
        return chooser;
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
