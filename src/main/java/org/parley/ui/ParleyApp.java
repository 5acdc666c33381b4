package org.parley.ui;

import javafx.beans.Observable;
import javafx.beans.InvalidationListener;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.parley.app.DatasetFileChoice;
import org.parley.app.LogFiles;
import org.parley.app.UserDataAtRisk;
import org.parley.app.Workspace;
import org.parley.model.Dataset;
import org.parley.model.DatasetPreview;
import org.parley.model.Event;
import org.parley.seed.DatasetException;
import org.parley.seed.DatasetTitle;
import org.parley.seed.ExchangeFormatReader;
import org.parley.seed.LoadedDataset;
import org.parley.seed.SeedBundle;
import org.parley.store.Backup;
import org.parley.store.Backups;
import org.parley.seed.ReadProgress;
import org.parley.store.DataPaths;
import org.parley.store.ImportResult;
import org.parley.store.NewerDatabase;
import org.parley.store.OnReadOnlyDisk;
import org.parley.store.Origin;
import org.parley.store.ParleyStore;
import org.parley.store.Stats;
import org.parley.store.StoreException;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.DialogStylesheet;
import org.parley.ui.support.OpaquePopups;
import org.parley.ui.support.RenderingPipeline;
import org.parley.ui.support.ErrorDialogs;
import org.parley.ui.support.FileDialogs;
import org.parley.ui.support.MaximizedAfterDialogs;
import org.parley.ui.support.StartupTrace;
import org.parley.ui.support.SuperKeys;
import org.parley.ui.support.WindowPrefs;
import org.parley.ui.support.WindowSizeFix;
import org.parley.ui.export.ExportDataDialog;
import org.parley.ui.export.ExportImageDialog;
import org.parley.ui.map.MapView;
import org.parley.ui.present.HandoutDialog;
import org.parley.ui.present.PresentationMode;
import org.parley.ui.search.SearchService;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.state.SearchResults;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.Optional;

/**
 * The JavaFX application: shows the window at once, then opens the database, seeds it if it is
 * new and loads the dataset on the database thread, so start-up never blocks the screen.
 */
public final class ParleyApp extends Application {

    private static final Logger LOG = Logger.getLogger(ParleyApp.class.getName());
    /** Takes away what opens the database again after each system file dialog, when the app stops. */
    private Runnable afterFileDialogs;
    /** Named parameter: print the milliseconds to the first frame with data, then quit. */
    public static final String MEASURE_STARTUP = "measure-startup";

    private final ExplorerState state = new ExplorerState();
    private final BackgroundThread db = new BackgroundThread("parley-db");
    private volatile Workspace workspace;
    private volatile SearchService search;
    /** The last import started, cancelled when the app quits: see {@link #stop}. */
    private volatile ReadProgress reading;
    /** When the database was too damaged to open: how many sound backups could take its place (set on the database thread). */
    private volatile int restorableBackups;
    /** When the database was too damaged to open: the folder its backups are kept in, for the advice (null: unknown). */
    private volatile Path damagedBackups;
    /** What the start did with the bundled seeds: the offer to keep changes says when newer ones were held back. */
    private volatile Workspace.SeedOutcome seeded = Workspace.SeedOutcome.UP_TO_DATE;
    private MainWindow window;
    private static volatile LongConsumer startupReport = ms -> { };
    private CompletableFuture<Dataset> loading;
    /**
     * A dataset larger than this has the events around its focus read and drawn first (decision 0100):
     * reading 100,000 events takes seconds, and a week of them is what the first view shows.
     */
    static final int PREVIEW_ABOVE = 5_000;
    /** How long the database thread lets the preview's first frame have the processor before reading the rest. */
    private static final long PREVIEW_HEAD_START_MS = 3_000;
    /** Completed on the database thread with the preview, or null when the dataset is read whole at once. */
    private final CompletableFuture<DatasetPreview> previewRead = new CompletableFuture<>();
    private final CountDownLatch previewDrawn = new CountDownLatch(1);
    /** Under --measure-startup, wait for every event rather than the preview's first frame (for benchmarks). */
    private static final boolean MEASURE_ALL = Boolean.getBoolean("parley.startup.measureAll");

    /** Who is told the milliseconds from JVM start to the first frame with data under --measure-startup. */
    public static void reportStartupTo(LongConsumer report) {
        startupReport = Objects.requireNonNull(report, "report");
    }
    private Stage stage;
    private StartupChecks checks;

    /** Starts the toolkit and the app; returns when the last window closes. */
    public static void launch(String... args) {
        RenderingPipeline.chooseBeforeStart();
        Application.launch(ParleyApp.class, args);
    }

    /**
     * Starts reading the data before the window is built: on two cores the database thread's
     * work and the window's construction then overlap instead of following each other.
     */
    @Override
    public void init() {
        StartupTrace.mark("init");
        try {
            LogFiles.install(DataPaths.system().ensureDataDir().resolve(DataPaths.LOG_FILE));
        } catch (RuntimeException e) {
            LogFiles.withoutLogFile();
            LOG.log(Level.WARNING, "No log file: the data folder cannot be created", e);
        }
        MapView.preloadBasemap();
        loading = openAndLoad(dbParameter());
        StartupTrace.mark("init done");
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        StartupTrace.mark("start");
        WindowSizeFix.install();
        SuperKeys.installEverywhere();
        OpaquePopups.install();
        MaximizedAfterDialogs.install();
        afterFileDialogs = FileDialogs.afterEach(this::reattachDatabase);
        DialogStylesheet.install(MainWindow.class.getResource("main.css").toExternalForm());
        WindowPrefs prefs = WindowPrefs.load();
        PresentationMode.restoreFrom(prefs);
        state.darkProperty().set(prefs.get("dark", false));
        ThemeSwitcher.follow(state);
        StartupTrace.mark("theme set");
        window = new MainWindow(state, prefs, this::runSearch);
        window.setSearchCount(found -> {
            SearchService s = search;
            return s == null ? CompletableFuture.completedFuture(found) : s.count(found);
        });
        StartupTrace.mark("window built");
        window.attach(stage);
        window.setDialogActions(new DialogActions(
                () -> ImportDatasetAction.run(stage, state, new ImportDatasetAction.Importer() {
                    @Override
                    public CompletableFuture<ImportDatasetAction.Outcome> run(Path path, String agreed, ReadProgress progress) {
                        return importDataset(path, agreed, progress);
                    }

                    @Override
                    public CompletableFuture<Optional<UserDataAtRisk>> riskOf(Path path) {
                        return riskOfImporting(path);
                    }
                }),
                () -> ImportDatasetAction.importFrom(stage, state, null, (ignored, agreed, progress) -> restoreSeeds(agreed, progress)),
                () -> BackupsDialog.show(stage, state, backups()),
                () -> ExportDataDialog.show(stage, state),
                () -> new ExportImageDialog(stage, state).show(),
                () -> PresentationMode.ask(stage, state),
                () -> HandoutDialog.show(stage, state)));
        boolean measuring = "true".equals(getParameters().getNamed().get(MEASURE_STARTUP));
        // The week is usually read before the window is built: then it goes in before the window
        // shows, and the first layout pass styles and lays out the panels once, already filled,
        // instead of empty and again a pulse later. A larger dataset still arrives after the window.
        Dataset early = loading.isDone() && !loading.isCompletedExceptionally() ? loading.join() : null;
        if (early != null) {
            showData(early, measuring);
        } else if (previewRead.isDone()) {
            showPreview(previewRead.join(), measuring);
        }
        stage.show();
        StartupTrace.mark("shown");
        reportFirstFrame(stage, "First frame", false);
        if (early != null) {
            afterStart(measuring);
            return;
        }
        previewRead.thenAcceptAsync(p -> showPreview(p, measuring), Platform::runLater);
        loading.whenCompleteAsync((Dataset ds, Throwable error) -> {
            if (error != null && measuring) {
                LOG.log(Level.SEVERE, "Could not open the data while measuring the start", error);
                System.exit(1);
            } else if (error != null) {
                state.previewProperty().set(null);
                state.noDatabaseProperty().set(workspace == null);
                int backups = restorableBackups;
                state.backupsRestorableProperty().set(workspace == null && backups > 0);
                String cure = backups == 0 ? "" : workspace == null
                        ? "File → Restore a backup… puts one of its " + backups + " backups in its place; the damaged file "
                                + "is kept beside them."
                        : "File → Restore a backup… puts one of its " + backups + " sound backups in its place; the "
                                + "damaged state is kept as a backup too.";
                String why = ErrorDialogs.message(error);
                window.loadFailed(cure.isEmpty() ? why : why + (why.matches("(?s).*[.!?]\\s*") ? " " : ". ") + cure);
                ErrorDialogs.show(stage, "Parley could not open its data.", error, !cure.isEmpty() ? cure
                        : openFailedAdvice(ErrorDialogs.unwrap(error), damagedBackups, LogFiles.current()));
            } else {
                showData(ds, measuring);
                afterStart(measuring);
            }
        }, Platform::runLater);
    }

    /**
     * What to do when the data cannot be opened and no backup can help: the data folder, not only the
     * database file, may be what cannot be written, and the log file is named only when there is one
     * (null: a data folder that cannot be made holds none). {@code backups}: where a database too damaged
     * to open has its backups kept (null: not known).
     */
    static String openFailedAdvice(Throwable cause, Path backups, Path logFile) {
        String details = logFile == null ? "" : " Details are in " + logFile + ".";
        if (cause instanceof NewerDatabase) {
            // The file is sound and the user's: telling them to check it can be written, or that it is a
            // Parley database, sent them looking for a fault that is not there.
            return "Your data in it is safe: this Parley only reads databases of its own version or older. Open it "
                    + "with the newer Parley, or start this one with --db and another file." + details;
        }
        if (cause instanceof OnReadOnlyDisk) {
            // The message names the disk and where to go: no permission or file to check mends a read-only disk.
            return "No change to the folder or the file mends a read-only disk: start Parley with --db and a database on "
                    + "another disk." + details;
        }
        if (cause instanceof StoreException held && held.heldByAnotherProgram()) {
            // The folder and the file are fine: checking them sent the user after a fault that is not there.
            return "Nothing is wrong with the file: another program holds it (an SQLite browser, a script). Close the "
                    + "database there, then start Parley again; or start with --db and another file." + details;
        }
        if (cause instanceof StoreException damaged && damaged.unopenable()) {
            // The folder is fine and the file is Parley's: it is damaged, and only a backup or a new start mends it.
            // Shown only when no backup can, under a message that says so: where they are kept, and how to begin afresh.
            String where = backups == null ? "" : " Its backups are kept in " + backups + "; none of them is sound.";
            return "No change to the folder or to the file's permissions mends a damaged database." + where + " To begin "
                    + "afresh, move the file away and start Parley again (it opens the bundled week) and bring your dataset "
                    + "back with File → Import dataset…; or start with --db and another file." + details;
        }
        return "Check that Parley's data folder and its database file can be written and that the file is a Parley "
                + "database, or start with --db and a new file in a folder you can write." + details;
    }

    private void showData(Dataset ds, boolean measuring) {
        StartupTrace.mark("dataset on FX thread");
        boolean previewed = state.previewProperty().get() != null;
        state.datasetProperty().set(ds);
        StartupTrace.mark("dataset set");
        // "With data" means the timeline draws it: its layout arrives from the compute thread.
        whenTimelineDrawn(() -> reportFirstFrame(stage, previewed ? "All events drawn" : "First frame with data",
                measuring && (!previewed || MEASURE_ALL)));
    }

    /** Draws a large dataset's focus while the rest is read; the first frame with data is then this one. */
    private void showPreview(DatasetPreview preview, boolean measuring) {
        if (preview == null || state.dataset() != null || state.previewProperty().get() != null) {
            previewDrawn.countDown();
            return;
        }
        StartupTrace.mark("preview on FX thread");
        state.previewProperty().set(preview);
        whenTimelineDrawn(() -> reportFirstFrame(stage, "First frame with data", measuring && !MEASURE_ALL,
                previewDrawn::countDown));
    }

    private void whenTimelineDrawn(Runnable then) {
        var timeline = window.timeline();
        if (timeline.isLayoutCurrent()) {
            then.run();
            return;
        }
        timeline.layoutProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                if (timeline.isLayoutCurrent()) {
                    timeline.layoutProperty().removeListener(this);
                    StartupTrace.mark("timeline layout arrived");
                    then.run();
                }
            }
        });
    }

    /**
     * Opens the database, seeds it if it is new, and reads the dataset, all on the database thread.
     * The future completes there, so {@link #start} can see whether the data is already read.
     */
    private CompletableFuture<Dataset> openAndLoad(Path dbFile) {
        return db.supply(() -> {
            StartupTrace.mark("opening database");
            try {
                workspace = Workspace.open(dbFile);
            } catch (StoreException e) {
                restorableBackups = e.unopenable() ? restorableBackups() : 0;
                throw e;
            }
            try {
                seeded = workspace.ensureSeeded(SeedBundle.locate());
                if (seeded == Workspace.SeedOutcome.DAMAGED_KEPT) {
                    throw new CompletionException(new StoreException(workspace.store().file() + ": "
                            + Workspace.RECORD_LOST + ". Nothing was changed; \"parley check\" and \"parley repair\" "
                            + "say more, and File → Restore a backup… brings back an earlier state."));
                }
            } catch (DatasetException e) {
                if (workspace.store().isEmpty()) {
                    throw new CompletionException(e);
                }
                // A broken seed bundle must not lock the user out of data already in the database.
                LOG.log(Level.WARNING, "Bundled seeds are invalid; showing the database as it is", e);
            }
            searchAndWritability();
            StartupTrace.mark("seeds checked");
            previewFirst();
            Dataset loaded;
            try {
                loaded = workspace.store().loadDataset();
            } catch (RuntimeException e) {
                // A damaged page the data lies on: its backups are the way out, and File → Restore a backup… offers them.
                restorableBackups = soundBackupsOfOpenDatabase();
                throw e;
            }
            StartupTrace.mark("dataset read");
            return loaded;
        });
    }

    /**
     * On the database thread: reads a large dataset's focus and hands it to the window, then waits
     * (a while at most) until it is drawn, so the rest is read while the user already sees the story.
     */
    private void previewFirst() {
        DatasetPreview preview = null;
        try {
            preview = workspace.store().loadPreview(PREVIEW_ABOVE).orElse(null);
        } catch (RuntimeException e) {
            // Only a head start is lost: the whole dataset is read next, and says what is wrong if anything is.
            LOG.log(Level.WARNING, "Could not read the dataset's focus first", e);
        }
        StartupTrace.mark("preview read");
        previewRead.complete(preview);
        if (preview != null) {
            try {
                previewDrawn.await(PREVIEW_HEAD_START_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Once the week is on screen: the database's own check, then a watch for changes by other programs. */
    private void afterStart(boolean measuring) {
        if (measuring) {
            return;
        }
        checks = new StartupChecks(stage, state, db, () -> workspace, DatabaseWatch.EVERY);
        checks.start(seeded);
    }

    private BackupsDialog.Backups backups() {
        return new BackupsDialog.Backups() {
            @Override
            public CompletableFuture<List<Backup>> list() {
                boolean unopened = state.backupsRestorableProperty().get();
                return db.submit(() -> {
                    if (workspace == null && unopened) {
                        return unopenedBackups().list();
                    }
                    requireDatabase();
                    return workspace.store().backups().listAsked();
                });
            }

            @Override
            public CompletableFuture<String> holds() {
                if (workspace == null) {
                    return CompletableFuture.completedFuture(null);
                }
                return db.submit(() -> {
                    requireDatabase();
                    ParleyStore store = workspace.store();
                    Stats stats = store.stats();
                    return store.info().map(i -> BackupsDialog.named(i.title(), stats.count("events"), stats.count("quotes")))
                            .orElse(null);
                });
            }

            @Override
            public CompletableFuture<BackupsDialog.Restored> restore(Backup backup) {
                if (workspace == null && state.backupsRestorableProperty().get()) {
                    return restoreIntoUnopened(backup);
                }
                return db.submit(() -> {
                    requireDatabase();
                    Path before = workspace.store().restore(backup);
                    return new BackupsDialog.Restored(workspace.store().loadDataset(), before.getFileName().toString());
                });
            }
        };
    }

    /** On the database thread, once the workspace is open: its search, and whether the window may write to it. */
    private void searchAndWritability() {
        search = new SearchService(db, workspace.store());
        if (workspace.store().isReadOnly()) {
            Platform.runLater(() -> state.readOnlyProperty().set(true));
        }
    }

    /** The backups of the database that could not be opened; empty unless it is damaged. */
    private Backups unopenedBackups() {
        return ParleyStore.backupsOf(Workspace.databaseFile(dbParameter()));
    }

    /** How many sound backups the open database has, whose data could not be read; 0 when they cannot be listed. */
    private int soundBackupsOfOpenDatabase() {
        try {
            return (int) workspace.store().backups().list().stream().filter(Backup::sound).count();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not list the backups of the damaged database", e);
            return 0;
        }
    }

    /** How many sound backups could take the place of the database that is too damaged to open. */
    private int restorableBackups() {
        try {
            Backups backups = unopenedBackups();
            damagedBackups = backups.folder();
            return (int) backups.list().stream().filter(Backup::sound).count();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not list the backups of the damaged database", e);
            return 0;
        }
    }

    /**
     * Puts the chosen backup in the place of the database that could not be opened (the damaged file
     * kept beside the backups, as {@code parley backups --restore} does), opens it, and carries on as
     * a start that had opened it.
     */
    private CompletableFuture<BackupsDialog.Restored> restoreIntoUnopened(Backup backup) {
        return db.submit(() -> {
            Path kept = unopenedBackups().replaceUnopenable(backup).kept();
            workspace = Workspace.open(dbParameter());
            searchAndWritability();
            return new BackupsDialog.Restored(workspace.store().loadDataset(), kept.getFileName().toString(), true);
        }).thenApply(ds -> {
            state.noDatabaseProperty().set(false);
            state.backupsRestorableProperty().set(false);
            window.loadFailed(null);
            afterStart(false);
            return ds;
        });
    }

    /**
     * Logs how long the JVM took to show the window and then the data (the start-up budgets in docs/architecture.md).
     * With {@code print}, as under {@code --measure-startup}, it also prints that on standard
     * output and quits, so a script can time repeated cold starts.
     */
    private static void reportFirstFrame(Stage stage, String what, boolean print) {
        reportFirstFrame(stage, what, print, () -> { });
    }

    /** As above, then runs {@code then} on the JavaFX thread. */
    private static void reportFirstFrame(Stage stage, String what, boolean print, Runnable then) {
        Runnable afterPulse = new Runnable() {
            @Override
            public void run() {
                stage.getScene().removePostLayoutPulseListener(this);
                // The canvases paint on the pulse after the one that laid them out.
                Platform.runLater(() -> {
                    long ms = System.currentTimeMillis()
                            - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                    LOG.info(() -> what + " " + ms + " ms after JVM start");
                    StartupTrace.mark(what);
                    then.run();
                    if (print) {
                        startupReport.accept(ms);
                        Platform.exit();
                    }
                });
            }
        };
        stage.getScene().addPostLayoutPulseListener(afterPulse);
    }

    /** Validates and imports a user's dataset on the database thread; the database is untouched on failure. */
    private CompletableFuture<ImportDatasetAction.Outcome> importDataset(Path path, String agreedToReplace,
                                                                         ReadProgress progress) {
        return importOnDbThread(progress, () -> new ExchangeFormatReader().load(DatasetFileChoice.datasetFile(path), progress),
                loaded -> workspace.replaceDataset(loaded, Origin.USER, agreedToReplace, progress));
    }

    /**
     * The question importing {@code path} would ask, from its title alone, on the database thread; none when
     * nothing of the user's is at risk, or when the file or the database would refuse the import anyway
     * (the import then says why).
     */
    private CompletableFuture<Optional<UserDataAtRisk>> riskOfImporting(Path path) {
        return db.submit(() -> {
            try {
                Path json = DatasetFileChoice.datasetFile(path);
                Optional<String> title = DatasetTitle.peek(json);
                return workspace == null || title.isEmpty() ? Optional.empty()
                        : workspace.riskOfImporting(title.get());
            } catch (DatasetException | RuntimeException e) {
                LOG.log(Level.FINE, "Could not tell before reading " + path + " whether it replaces the user's dataset", e);
                return Optional.empty();
            }
        });
    }

    /** Puts the bundled week back, replacing whatever dataset the database holds. */
    private CompletableFuture<ImportDatasetAction.Outcome> restoreSeeds(String agreedToReplace, ReadProgress progress) {
        // Found and read on the database thread; the write then notes which bundle it was.
        String[] fingerprint = new String[1];
        return importOnDbThread(progress, () -> {
            SeedBundle bundle = SeedBundle.locate();
            fingerprint[0] = bundle.fingerprint();
            return bundle.load();
        }, loaded -> workspace.replaceWithSeeds(fingerprint[0], loaded, agreedToReplace));
    }

    /** Reads a dataset that may be refused. */
    private interface DatasetSource {
        LoadedDataset load() throws DatasetException;
    }

    /**
     * Reads on the database thread and, if the dataset is sound, writes it as {@code write} says. A
     * user's own dataset is replaced only once they agreed to lose that one; it is backed up first.
     */
    private CompletableFuture<ImportDatasetAction.Outcome> importOnDbThread(ReadProgress progress, DatasetSource source,
                                                                            Function<LoadedDataset, ImportResult> write) {
        reading = progress;
        return db.submit(() -> {
            // Cancelled (or quit) while it waited for its turn: nothing is read.
            progress.check();
            requireDatabase();
            LoadedDataset loaded;
            try {
                loaded = source.load();
            } catch (DatasetException e) {
                throw ImportDatasetAction.withSavedList(e);
            }
            // From here the write goes through to its end or, on a quit, is rolled back (stopWrites): never half.
            progress.startWriting();
            ImportResult result = write.apply(loaded);
            return new ImportDatasetAction.Outcome(workspace.store().loadDataset(progress), result.changed(),
                    result.outcome() == ImportResult.Outcome.REPLACED, result.backup().orElse(null));
        });
    }

    private void requireDatabase() {
        if (workspace == null) {
            throw new IllegalStateException("No database is open: restart Parley, with --db and a new file if need be.");
        }
    }

    private CompletableFuture<SearchResults> runSearch(String text, int limit) {
        SearchService s = search;
        Dataset ds = state.dataset();
        List<Event> visible = state.visibleEventsProperty().get();
        // Filters on: the best of what they show is listed too, not only what the best of all leaves of it.
        boolean filtered = ds != null && visible != null && visible.size() < ds.events().size();
        return s == null ? CompletableFuture.completedFuture(SearchResults.NONE) : s.search(text, ds, filtered ? visible : null, limit);
    }

    private Path dbParameter() {
        String value = getParameters().getNamed().get("db");
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    /**
     * After a system file dialog, which may have read the database's files and so dropped SQLite's
     * locks on them (see FileDialogs), the database is opened again, before any work queued after it.
     */
    private void reattachDatabase() {
        db.submitFirst(() -> {
            Workspace open = workspace;
            if (open != null) {
                try {
                    open.store().reattach();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not open the database again after a file dialog", e);
                }
            }
            return null;
        });
    }

    @Override
    public void stop() throws InterruptedException {
        if (afterFileDialogs != null) {
            afterFileDialogs.run();
        }
        if (window != null) {
            window.savePrefs();
        }
        if (checks != null) {
            checks.stop();
        }
        ReadProgress importing = reading;
        if (importing != null) {
            // A file still being read stops at its next buffer, rather than keeping the close waiting for it.
            importing.cancel();
        }
        Workspace open = workspace;
        if (open != null) {
            // A write still under way is rolled back, as the quit dialog told the user, not committed meanwhile.
            open.stopWrites();
        }
        db.runAndWait(() -> {
            if (workspace != null) {
                workspace.close();
            }
        }, 5);
        Platform.exit();
    }
}
