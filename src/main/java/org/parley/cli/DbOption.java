package org.parley.cli;

import org.parley.app.Workspace;
import org.parley.seed.DatasetException;
import org.parley.seed.SeedBundle;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --db FILE} option shared by every command that reads the database. */
final class DbOption {

    @Option(names = "--db", paramLabel = "FILE", description = "Database to use (default: the one in your user-data folder).")
    Path db;

    /** Opens the database; an empty one is first seeded with the bundled week, as the app does. */
    Workspace openSeeded() throws DatasetException {
        Workspace ws = Workspace.open(db);
        try {
            if (ws.store().isEmpty()) {
                ws.ensureSeeded(SeedBundle.locate());
            }
            return ws;
        } catch (DatasetException | RuntimeException e) {
            ws.close();
            throw e;
        }
    }
}
