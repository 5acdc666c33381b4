package org.parley.cli;

import org.parley.ui.ParleyApp;

import java.nio.file.Path;

/** Starts the JavaFX app, handing it the database option. */
final class GuiLauncher {

    private GuiLauncher() {
    }

    static void launch(Path db) {
        ParleyApp.launch(db == null ? new String[0] : new String[] {"--db=" + db.toAbsolutePath()});
    }
}
