package org.parley.cli;

import org.parley.store.DataPaths;
import org.parley.ui.ParleyApp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts the JavaFX app, handing it the database option. */
final class GuiLauncher {

    private GuiLauncher() {
    }

    static void launch(Path db, boolean measureStartup) {
        // Named before JavaFX starts: a data folder Java cannot name (a non-ASCII home under LANG=C)
        // is then the one line the command line gives, not JavaFX's "Exception in Application start method".
        DataPaths.system();
        List<String> args = new ArrayList<>();
        if (db != null) {
            args.add("--db=" + db.toAbsolutePath());
        }
        if (measureStartup) {
            args.add("--" + ParleyApp.MEASURE_STARTUP + "=true");
            ParleyApp.reportStartupTo(ms -> {
                System.out.println("First frame with data after JVM start: " + ms + " ms");
                System.out.flush();
            });
        }
        ParleyApp.launch(args.toArray(String[]::new));
    }
}
