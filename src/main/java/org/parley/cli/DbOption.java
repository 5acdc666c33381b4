package org.parley.cli;

import org.parley.app.Workspace;
import org.parley.export.OutputName;
import org.parley.model.CountText;
import org.parley.seed.DatasetException;
import org.parley.seed.Printable;
import org.parley.seed.SeedBundle;
import org.parley.store.NewDatabaseImport;
import org.parley.store.OpenDatabases;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --db FILE} option shared by every command that reads the database. */
final class DbOption {

    @Option(names = "--db", paramLabel = "FILE", description = "Database to use (default: the one in your user-data folder).")
    Path db;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private static final String LINK_TO_NOTHING = "it is a link that leads to no file (its target is missing, "
            + "or links lead back to it); check the path";

    /**
     * The database named after the command, else the one named before it ({@code parley --db F import}):
     * a --db the user gave must never be ignored in favour of the default database.
     */
    Path file() {
        if (command != null) {
            refuseTypedAsFolder(command);
        }
        if (command == null || command.parent() == null) {
            return db;
        }
        refuseTypedAsFolder(command.parent());
        OptionSpec before = command.parent().findOption("--db");
        Path first = before == null ? null : before.getValue();
        if (db != null && first != null && !first.equals(db)) {
            // Either one taken silently was a database the user did not mean, written or read.
            throw new CommandLine.ParameterException(command.commandLine(), "--db is given twice, "
                    + Printable.oneLine(first.toString()) + " before the command and "
                    + Printable.oneLine(db.toString()) + " after it; give it once.");
        }
        return db != null ? db : first;
    }

    /**
     * Opens the database; an empty one is first seeded with the bundled week, as the app does. A
     * database named with --db must exist: a mistyped path would otherwise become a new database
     * holding the week, shown as if it were the user's. Only commands that read use it: a current
     * database's file is left exactly as it was.
     */
    Workspace openSeeded() throws DatasetException {
        Workspace ws = Workspace.openToRead(holdingADatabase());
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

    /**
     * {@code --db ""}, which Java reads as the current folder, and {@code --db user.db/}, which it reads as
     * user.db: the '/' said a folder, and a database is one file (a stats run opened user.db as if it were not there).
     */
    static void refuseTypedAsFolder(CommandSpec spec) {
        OptionSpec typed = spec.findOption("--db");
        if (typed != null && typed.getValue() instanceof Path value) {
            Limits.named(spec, "--db", value, "a database file");
        }
        Limits.notAFolder(spec, "--db", "a database is one file: type its name without the '/'");
    }

    /** {@link #file()}, refused when the user named a database that does not exist. */
    Path existing() {
        Path named = file();
        if (named != null && Files.isSymbolicLink(named) && !Files.exists(named)) {
            // A link in a loop, or to nothing: no import can make a database through it either.
            throw new StoreException("no database at " + named + ": " + LINK_TO_NOTHING);
        }
        if (named != null && !Files.exists(named) && underAFolder(named)) {
            // SQLite's working files' names are no database's: suggesting one would set up its deletion. Nor
            // is a name import refuses ("-x.db", "x.db."): the advice would only lead to another refusal.
            boolean reserved = OpenDatabases.workingFileSuffix(named).isPresent()
                    || OutputName.problem(named).isPresent();
            // An import killed before it finished left its hidden file beside the name, as large as the data.
            long unfinished = reserved ? 0 : NewDatabaseImport.removeUnfinished(named);
            throw new StoreException("no database at " + named + "; check the path"
                    + (reserved ? "" : " (\"parley import --db " + named + "\" makes a new one)")
                    + (unfinished == 0 ? "" : ". An import into it was stopped before it finished: its unfinished file ("
                    + (unfinished < 1_048_576 ? Math.max(1, unfinished / 1024) + " KB"
                    : CountText.number(Math.round(unfinished / 1_048_576.0)) + " MB") + ") was removed"));
        }
        if (named != null && !Files.exists(named) && !isImport()) {
            // Below a file: no database can be there, and a reading command makes no folder to say so.
            throw new StoreException("no database at " + named + ": " + nearestExisting(named)
                    + " is a file, not a folder; check the path");
        }
        return named;
    }

    /**
     * {@link #existing()}, refused too when the user named an empty file: SQLite would take it for a
     * new database, and a command that only reads would write the bundled week into it — over what
     * may be a database a crash left at 0 bytes, whose backups are the way back. So is an SQLite file
     * with no tables (another program's, or made by hand): a reading command has nothing to read there.
     */
    Path holdingADatabase() {
        Path named = existing();
        if (named != null && ParleyStore.isEmptyFile(named)) {
            // An import cannot make a database in a file it cannot write: offering one would only lead to a refusal.
            throw new StoreException(named + " is an empty file, not a database. If it held your "
                    + "data, \"parley backups --db " + named + "\" lists the copies made before each change; "
                    + (ParleyStore.cannotBeWritten(named) ? "it cannot be written, so no new database "
                    + "can be made in it either" : "\"parley import --db " + named + "\" makes a new database there"));
        }
        if (named != null && ParleyStore.holdsNoTables(named)) {
            throw new StoreException(named + " is an SQLite database with no tables, not Parley's data; "
                    + "it was not changed. \"parley import --db " + named + "\" puts a dataset into it");
        }
        return named;
    }


    /**
     * Refuses a --db that is a link in a loop, for {@code import}, which may make the database it names: a link to
     * a name not yet taken is followed, and the database made there, but links that lead back to one another end
     * nowhere, and SQLite's "cannot be opened or created there" did not say why.
     */
    void refuseLinksInALoop() {
        Path named = file();
        if (named != null && LinkChain.loops(named)) {
            throw new StoreException("cannot make a database at " + named + ": " + LINK_TO_NOTHING + ". Nothing was created.");
        }
    }

    /** Whether the command is {@code import}, the one that may make the database (and its folder). */
    private boolean isImport() {
        return command != null && "import".equals(command.name());
    }

    private static Path nearestExisting(Path file) {
        for (Path p = file.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return p;
            }
        }
        return file;
    }

    /** Whether the nearest part of the path that exists is a folder; if a file, opening says so better. */
    private static boolean underAFolder(Path file) {
        for (Path p = file.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p);
            }
        }
        return true;
    }
}
