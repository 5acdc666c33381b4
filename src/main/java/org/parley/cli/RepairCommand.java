package org.parley.cli;

import org.parley.app.Workspace;
import org.parley.seed.DatasetException;
import org.parley.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

@Command(name = "repair", mixinStandardHelpOptions = true,
        description = "Mend what \"parley check\" finds: rebuild a damaged search index from the data; restore the "
                + "newest sound backup of the same dataset when the data itself is damaged (the bundled week is imported again if it was that). "
                + "Data another program changed soundly is left as it is, unless --keep-changes keeps the changes.")
final class RepairCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @CommandLine.Option(names = "--keep-changes", description = "Keep the changes another program (such as the "
            + "sqlite3 shell) made to the data since it was imported, when they are sound: the database is backed up, the "
            + "search index rebuilt and the new content recorded. Damaged data is refused.")
    boolean keepChanges;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws DatasetException {
        Workspace.Repair repair;
        try (Workspace ws = Workspace.open(db.holdingADatabase())) {
            repair = keepChanges ? ws.keepChanges() : ws.repair();
        } catch (StoreException e) {
            if (!e.unopenable()) {
                throw e;
            }
            repair = Workspace.repairUnopenable(db.file());
        }
        spec.commandLine().getOut().println(repair.summary());
        return 0;
    }
}
