package org.parley.ui;

import javafx.stage.Window;
import javafx.util.Duration;
import org.parley.app.Workspace;
import org.parley.seed.DatasetException;
import org.parley.store.Health;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.ErrorDialogs;
import org.parley.ui.state.ExplorerState;

import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the window does once the data is on screen: the database's own check, with the offer of a
 * repair when it finds damage (or to keep sound changes another program made), and a watch for changes made by other programs, with the offer to
 * reload. Everything that touches the database runs on its thread.
 */
final class StartupChecks {

    private static final Logger LOG = Logger.getLogger(StartupChecks.class.getName());

    private final Window owner;
    private final ExplorerState state;
    private final BackgroundThread db;
    private final Supplier<Workspace> workspace;
    private final DatabaseWatch watch;

    StartupChecks(Window owner, ExplorerState state, BackgroundThread db, Supplier<Workspace> workspace, Duration every) {
        this.owner = owner;
        this.state = state;
        this.db = db;
        this.workspace = workspace;
        this.watch = new DatabaseWatch(owner, () -> db.submit(() -> workspace.get().store().dataVersion()),
                () -> db.submit(() -> workspace.get().store().fileProblem()), this::reload, every);
    }

    /**
     * Checks the database (offering a repair when it is damaged) and starts watching it. {@code seeded}
     * is what the start did with the bundled seeds: newer ones held back from changed data are said
     * with the offer to keep the changes, so the user knows what keeping them means.
     */
    void start(Workspace.SeedOutcome seeded) {
        // The whole check, content hash included, over the dataset the window already holds.
        var shown = state.dataset();
        db.submit(() -> {
            Health health = workspace.get().check(shown);
            return new RepairOffer.Checked(health, workspace.get().repairPlan(health));
        }).whenComplete((checked, error) -> {
            if (error != null) {
                LOG.log(Level.WARNING, "Could not check the database", error);
            } else if (checked.health().changedOutside()) {
                ChangesOffer.offer(owner, checked.health(), seeded == Workspace.SeedOutcome.EDITED_KEPT,
                        () -> db.submit(() -> workspace.get().keepChanges()), this::reload);
            } else {
                RepairOffer.offer(owner, checked, () -> db.submit(() -> {
                    try {
                        return workspace.get().repair();
                    } catch (DatasetException e) {
                        throw new CompletionException(e);
                    }
                }), this::reload);
            }
        });
        watch.start();
    }

    void stop() {
        watch.stop();
    }

    /**
     * Shows what the database holds now, its search index first brought up to date: another program's
     * change (an event retitled in the sqlite3 shell) leaves the index finding the old words.
     */
    void reload() {
        Runnable done = state.beginActivity("Reloading what the database holds now\u2026");
        db.submit(() -> {
            searchIndexUpToDate(workspace.get().store());
            return workspace.get().store().loadDataset();
        }).whenComplete((ds, error) -> {
            done.run();
            if (error != null) {
                ErrorDialogs.show(owner, "The dataset could not be reloaded.", ErrorDialogs.unwrap(error), "");
            } else {
                state.reload(ds);
            }
        });
    }

    /** On the database thread. A search index left behind still searches: the reload goes on, and the log says why. */
    private static void searchIndexUpToDate(ParleyStore store) {
        try {
            if (store.bringSearchIndexUpToDate()) {
                LOG.info("Rebuilt the search index after another program changed " + store.file());
            } else if (store.isReadOnly() && !store.searchIndexInStep()) {
                LOG.warning("The search index of " + store.file() + " lists words another program changed; "
                        + "it is read-only here, so search finds them until a writable Parley rebuilds it");
            }
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "Could not bring the search index up to date", e);
        }
    }
}
