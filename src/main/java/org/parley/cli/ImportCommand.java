package org.parley.cli;

import org.parley.app.StreamingImport;
import org.parley.app.Workspace;
import org.parley.seed.DatasetException;
import org.parley.seed.ExchangeFormatReader;
import org.parley.seed.ImportStatus;
import org.parley.seed.LoadedDataset;
import org.parley.seed.ReadProgress;
import org.parley.seed.SeedBundle;
import org.parley.store.ImportResult;
import org.parley.store.Origin;
import org.parley.store.ParleyStore;
import picocli.CommandLine.Command;
import org.parley.seed.Printable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Validate a dataset, then import it in one transaction, replacing the database's dataset.%n"
                + "On any problem the database is left untouched. Importing the same data again changes nothing.%n"
                + "A dataset you imported is replaced only with --replace; whatever is replaced is backed up first "
                + "(see \"parley backups\").")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Parameters(arity = "0..1", paramLabel = "PATH", description = "Dataset folder or JSON file (default: the bundled seeds).")
    Path path;

    @Option(names = "--replace", description = "Replace a dataset you imported earlier (it is backed up first).")
    boolean replace;

    /** Read by {@link FriendlyErrors}, which prints the problems. */
    @Mixin
    ProblemLines.AllOption allProblems;

    @Spec
    CommandSpec spec;

    /** Whether standard error is a terminal, where a progress line is shown; a test decides it. */
    BooleanSupplier stderrIsTerminal = StderrTerminal::isTerminal;

    @Override
    public Integer call() throws DatasetException {
        Limits.dataset(spec, path, "the dataset folder or JSON file to import");
        db.refuseLinksInALoop();
        if (db.file() != null && !Files.exists(db.file(), LinkOption.NOFOLLOW_LINKS)) {
            // A database this creates gets a name that can be seen and typed, as every --out does.
            Limits.output(spec, "--db", db.file(), "the database to create");
        }
        Path file = Workspace.databaseFile(db.file());
        if (path != null && StreamingImport.applies(file)) {
            // A new database: written while the file is read, and in place only once the dataset proved sound.
            ReadProgress progress = new ReadProgress();
            StreamingImport.Result result;
            try (ProgressLine line = progressLine(progress)) {
                result = StreamingImport.run(path, file, Origin.USER, progress);
            }
            print("Imported", result.loaded(), file);
            return 0;
        }
        // Validate before opening the database, so a bad file never touches it.
        SeedBundle bundle = path == null ? SeedBundle.locate() : null;
        boolean creating = !Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        ReadProgress progress = new ReadProgress();
        LoadedDataset loaded;
        ImportResult result;
        Path written;
        // The bundled week is read in a blink; a file of the user's may take seconds, and says how far it is.
        try (ProgressLine line = bundle == null ? progressLine(progress) : null) {
            loaded = bundle != null ? bundle.load() : new ExchangeFormatReader().load(path, progress);
            progress.startWriting();
            try (Workspace ws = Workspace.open(file)) {
                result = bundle != null ? ws.replaceWithSeeds(bundle.fingerprint(), loaded, replace)
                        : ws.replaceDataset(loaded, Origin.USER, replace, progress);
                written = ws.store().file();
            } catch (RuntimeException e) {
                if (creating) {
                    // The empty database this import made (a full disk refused the rows) goes with it:
                    // left behind, every later command took it for a read-only one.
                    ParleyStore.removeNew(file, e);
                }
                throw e;
            }
        }
        print(switch (result.outcome()) {
            case IMPORTED -> "Imported";
            case REPLACED -> "Replaced the previous dataset with";
            case UNCHANGED -> "Unchanged (already imported):";
        }, loaded, written);
        result.backup().ifPresent(kept -> spec.commandLine().getOut().println(keptLine(kept)));
        return 0;
    }

    /**
     * On a terminal, the import's phase and how far it is on one line of standard error, as the window says it
     * ({@link ImportStatus}); anywhere else nothing (null), so scripts and logs get what they always got.
     */
    private ProgressLine progressLine(ReadProgress progress) {
        if (!(spec.commandLine().getErr() instanceof TerminalSafeWriter.Printer err) || !stderrIsTerminal.getAsBoolean()) {
            return null;
        }
        String name = Printable.oneLine(datasetName());
        return ProgressLine.start(err, () -> ImportStatus.of(progress, name).headline() + "\u2026");
    }

    /** The name of the file read: a folder's {@code week.json}, as the window names it. */
    private String datasetName() {
        Path name;
        try {
            name = ExchangeFormatReader.datasetFile(path).getFileName();
        } catch (DatasetException e) {
            // Reading it says what is wrong; meanwhile the line names what was given.
            name = path.getFileName();
        }
        return String.valueOf(name == null ? path : name);
    }

    /** Where what was replaced is kept, and the command that brings it back. */
    private String keptLine(Path kept) {
        String dbOption = db.file() == null ? "" : " --db " + Printable.oneLine(db.file().toString());
        return "What it held before is kept as the backup " + Printable.oneLine(kept.toString()) + " (\"parley backups"
                + dbOption + " --restore " + Printable.oneLine(String.valueOf(kept.getFileName())) + "\" brings it back).";
    }

    private void print(String what, LoadedDataset loaded, Path file) {
        var out = spec.commandLine().getOut();
        ChosenDataset.line(path).ifPresent(out::println);
        out.println(what + " " + Printable.brief(loaded.dataset().title()) + " into " + Printable.oneLine(file.toString()));
        out.println(Counts.of(loaded.dataset()));
        FocusNote.of(loaded.dataset()).ifPresent(out::println);
    }
}
