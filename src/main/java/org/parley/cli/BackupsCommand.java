package org.parley.cli;

import org.parley.app.Workspace;
import org.parley.seed.Printable;
import org.parley.store.Backup;
import org.parley.store.Backups;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "backups", mixinStandardHelpOptions = true,
        description = "List the database's backups (made before anything replaces its dataset), newest first, "
                + "or bring one back with --restore NAME (what the database holds now is backed up first).")
final class BackupsCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--restore", paramLabel = "NAME", description = "The backup to restore, as listed.")
    String restore;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        Path named = db.file();
        boolean gone = named != null && (!Files.exists(named) || ParleyStore.isEmptyFile(named));
        if (gone && !ParleyStore.backupsOf(named).list().isEmpty()) {
            return fromBackupsOnly(named);
        }
        if (gone && restore == null && Files.exists(named)) {
            // Listing writes nothing: opening an empty file would make it a database.
            out.println("No backups of " + named + " (it is an empty file, not a database).");
            return 0;
        }
        Path holding = db.holdingADatabase();
        Workspace opened;
        try {
            // Listing only reads: the database's file is left as it is.
            opened = restore == null ? Workspace.openToRead(holding) : Workspace.open(holding);
        } catch (StoreException e) {
            if (!e.unopenable()) {
                throw e;
            }
            return fromUnopenable(Workspace.databaseFile(holding), e);
        }
        try (Workspace ws = opened) {
            if (restore != null) {
                Backup backup = ws.store().backups().find(restore);
                Path before = ws.store().restore(backup);
                out.println("Restored " + backup.name() + " into " + ws.store().file() + ": "
                        + backup.dataset().map(i -> Printable.brief(i.title())).orElse("?") + ", " + backup.events() + " events.");
                out.println("What the database held before is in " + before);
                return 0;
            }
            List<Backup> backups = ws.store().backups().listAsked();
            if (backups.isEmpty()) {
                out.println("No backups of " + ws.store().file() + " yet (one is made before anything replaces its dataset).");
                return 0;
            }
            out.println("Backups of " + ws.store().file() + " in " + ws.store().backups().folder() + ", newest first:");
            for (Backup b : backups) {
                out.println(line(b));
            }
            out.println("Restore one with: parley backups" + (db.file() == null ? "" : " --db " + db.file()) + " --restore NAME");
        }
        return 0;
    }

    /**
     * The database is too damaged to open, which is when its backups are wanted most: they are
     * listed without it, and the one chosen takes its place, the damaged file kept beside them.
     */
    private int fromUnopenable(Path file, StoreException why) {
        var out = spec.commandLine().getOut();
        Backups backups = ParleyStore.backupsOf(file);
        List<Backup> list = backups.list();
        if (list.isEmpty()) {
            throw why;
        }
        if (restore == null) {
            out.println(file + " cannot be opened, but it has backups in " + backups.folder() + ", newest first:");
            for (Backup b : list) {
                out.println(line(b));
            }
            out.println("Put one in its place (the damaged file is kept beside them) with: parley backups --db " + file
                    + " --restore NAME");
            return 0;
        }
        Backups.Replacement r = backups.replaceUnopenable(backups.find(restore));
        // Opening migrates a copy an older version wrote, and proves the file is sound again.
        Workspace.open(file).close();
        out.println("Restored " + r.restored().name() + " into " + file + ", which could not be opened: "
                + r.restored().dataset().map(i -> Printable.brief(i.title())).orElse("?") + ", " + r.restored().events()
                + " events.");
        out.println("The damaged file was kept as " + r.kept());
        return 0;
    }

    /**
     * The database is gone but its backups are not: exactly when they are wanted. They are listed,
     * and one restored makes the database anew from it.
     */
    private int fromBackupsOnly(Path file) {
        var out = spec.commandLine().getOut();
        Backups backups = ParleyStore.backupsOf(file);
        if (restore == null) {
            out.println((Files.exists(file) ? file + " is an empty file, not a database" : "There is no database at "
                    + file) + ", but it has backups in " + backups.folder() + ", newest first:");
            for (Backup b : backups.list()) {
                out.println(line(b));
            }
            out.println("Make the database again from one with: parley backups --db " + file + " --restore NAME");
            return 0;
        }
        Backup backup = backups.find(restore);
        try (Workspace ws = Workspace.open(file)) {
            ws.store().restoreWithoutBackup(backup, backup.file());
        }
        out.println("Restored " + backup.name() + " into " + file + ", which had gone: "
                + backup.dataset().map(i -> Printable.brief(i.title())).orElse("?") + ", " + backup.events() + " events.");
        return 0;
    }

    /** A backup as listed: its name, what it holds and where that came from, and whether it is a damaged copy. */
    private static String line(Backup b) {
        return "  " + b.name() + "  " + b.dataset().map(i -> "\"" + Printable.brief(i.title()) + "\" ("
                + i.origin().name().toLowerCase(Locale.ROOT) + ", " + b.events() + " events, imported "
                + i.importedAt() + ")").orElse("(cannot be read)")
                + (b.damaged() ? " – a copy of a damaged database, kept for reference" : "");
    }
}
