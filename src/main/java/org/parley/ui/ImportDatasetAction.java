package org.parley.ui;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.parley.app.ProblemList;
import org.parley.app.UserDataAtRisk;
import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.seed.DatasetException;
import org.parley.seed.Printable;
import org.parley.seed.ReadProgress;
import org.parley.ui.support.DialogKeys;
import org.parley.ui.support.ErrorDialogs;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FileDialogs;
import org.parley.ui.support.LastFolder;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.Optional;

/**
 * File → Import dataset…: asks for a dataset's JSON file, validates and imports it on the database
 * thread, and shows it. A dataset with problems is refused whole, with its problems listed (the
 * first {@value #SHOWN_PROBLEMS} in the dialog, all of them in a file it names) and the database left
 * as it was. A dataset the user imported is replaced only after a question that names what goes.
 */
final class ImportDatasetAction {

    /** Problems shown in the dialog; a text area with a million lines would freeze the window. */
    static final int SHOWN_PROBLEMS = ProblemList.SHOWN_IN_WINDOW;

    /** What importing means to the window: the imported dataset, or a failure with its cause. */
    /**
     * {@code replaced}: another dataset was there before, now kept only in a backup (or the bundle);
     * {@code backup}: that backup's file, null when none was made.
     */
    record Outcome(Dataset dataset, boolean changed, boolean replaced, Path backup) {
        Outcome(Dataset dataset, boolean changed) {
            this(dataset, changed, false, null);
        }

        Outcome(Dataset dataset, boolean changed, boolean replaced) {
            this(dataset, changed, replaced, null);
        }
    }

    /**
     * Runs an import on the database thread. {@code agreedToReplace} is the content hash of the
     * user's dataset they agreed to replace, null before they were asked: the answer holds for
     * that dataset only. {@code progress} is told how far the file is read, and cancelled by the window's Cancel.
     */
    @FunctionalInterface
    interface Importer {
        CompletableFuture<Outcome> run(Path path, String agreedToReplace, ReadProgress progress);

        /**
         * The question a replace would ask, found before the file is read (only its title is looked at),
         * or none when nothing of the user's is at risk or the file will be refused anyway. None by default.
         */
        default CompletableFuture<Optional<UserDataAtRisk>> riskOf(Path path) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
    }

    /** A refused dataset whose whole problem list was saved to {@code savedTo} (on the database thread). */
    static final class Refused extends RuntimeException {
        final transient DatasetException problems;
        final transient Path savedTo;

        Refused(DatasetException problems, Path savedTo) {
            super(problems.getMessage(), problems);
            this.problems = problems;
            this.savedTo = savedTo;
        }
    }

    /** Saves every problem to a file when there are more than the dialog shows; call off the FX thread. */
    static RuntimeException withSavedList(DatasetException e) {
        if (e.problems().size() <= SHOWN_PROBLEMS) {
            return new CompletionException(e);
        }
        try {
            Path file = ProblemList.save(e.problems());
            return new Refused(e, file);
        } catch (IOException io) {
            e.addSuppressed(io);
            return new CompletionException(e);
        }
    }

    /** About eight lines of the problem list, the least it is given however the dialog is squeezed. */
    static final double PROBLEM_LIST_MIN_HEIGHT = 160;

    private ImportDatasetAction() {
    }

    static void run(Window owner, ExplorerState state, Importer importer) {
        FileChooser chooser = LastFolder.in(new FileChooser());
        chooser.setTitle("Import a Parley dataset");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Parley dataset (*.json)", "*.json"));
        File file = LastFolder.remember(FileDialogs.show(owner, () -> chooser.showOpenDialog(owner)));
        if (file != null) {
            importFrom(owner, state, file.toPath(), importer);
        }
    }

    static void importFrom(Window owner, ExplorerState state, Path path, Importer importer) {
        if (path == null) {
            // The bundled week is read in a moment, and only its whole tells edits to it from the week: asked after.
            importFrom(owner, state, null, importer, null);
            return;
        }
        // Asked before the read, not after it: a Cancel to the question had wasted tens of seconds of a large
        // file's reading. Should the stored dataset change meanwhile, the answer no longer holds and the import
        // asks again at its end (Workspace.replaceDataset).
        importer.riskOf(path).whenComplete((risk, error) -> {
            if (error == null && risk.isPresent()) {
                confirmReplace(owner, path, risk.get(), () -> importFrom(owner, state, path, importer,
                        risk.get().current().contentHash()));
            } else {
                // A failure to look is the import's to report, which looks again.
                importFrom(owner, state, path, importer, null);
            }
        });
    }

    private static void importFrom(Window owner, ExplorerState state, Path path, Importer importer, String agreed) {
        // Checking and writing 100,000 events takes seconds: the status bar says so meanwhile.
        String name = path == null ? "" : String.valueOf(path.getFileName() == null ? path : path.getFileName());
        Runnable done = state.beginActivity(path == null ? "Restoring the bundled week\u2026" : "Importing " + name + "\u2026");
        ReadProgress progress = new ReadProgress();
        ImportProgress window = isLarge(path) ? new ImportProgress(owner, Printable.oneLine(name), progress) : null;
        if (window != null) {
            window.show();
        }
        importer.run(path, agreed, progress).whenComplete((outcome, error) -> {
            boolean cancelled = error != null && ErrorDialogs.unwrap(error) instanceof CancellationException;
            if (cancelled) {
                Platform.runLater(done);
                if (window != null) {
                    window.cancelled();
                }
                return;
            }
            if (window != null) {
                window.close();
            }
            // A failure, or the question before a replace, keeps a quit asked meanwhile from taking its dialog away.
            Platform.runLater(error == null ? done : () -> state.endUnfinished(done));
            if (error != null && ErrorDialogs.unwrap(error) instanceof UserDataAtRisk risk) {
                confirmReplace(owner, path, risk, () -> importFrom(owner, state, path, importer,
                        risk.current().contentHash()));
                return;
            }
            if (error != null) {
                report(owner, path, error);
                return;
            }
            state.datasetProperty().set(outcome.dataset());
            Alert said = new Alert(Alert.AlertType.INFORMATION);
            said.initOwner(owner);
            // File → Restore the bundled week (no path) asked for no import, and is said in its own words.
            boolean restore = path == null;
            said.setTitle(restore ? "Restore the bundled week" : "Import");
            String title = "“" + Printable.title(outcome.dataset().title()) + "”";
            if (outcome.changed()) {
                said.setHeaderText((restore ? "Restored the bundled week " : "Imported ") + title);
            } else {
                said.setHeaderText(restore ? "The bundled week is already there: nothing changed"
                        : "Already imported: nothing changed");
            }
            said.setContentText(CountText.count(outcome.dataset().events().size(), "event") + ", "
                    + CountText.count(outcome.dataset().quotes().size(), "quote") + " from "
                    + CountText.count(outcome.dataset().sources().size(), "source") + "."
                    + (outcome.replaced() ? "\n\n" + howToGetBack(path, outcome.backup()) : ""));
            said.show();
        });
    }

    /** A file large enough to take a while: its import shows how far it is, with a Cancel. */
    private static boolean isLarge(Path path) {
        try {
            return path != null && Files.isRegularFile(path)
                    && Files.size(path) >= ImportProgress.SHOWN_FROM_BYTES;
        } catch (IOException | RuntimeException e) {
            // The import itself says what is wrong with the file.
            return false;
        }
    }

    /** Where the dataset that was replaced is kept, and how it comes back (the bundled week always can). */
    private static String howToGetBack(Path path, Path backup) {
        String kept = backup == null ? "What it replaced was backed up" : "What it replaced is kept as the backup "
                + Printable.oneLine(String.valueOf(backup.getFileName())) + " in " + Printable.oneLine(String.valueOf(
                backup.getParent()));
        return kept + ": File → Restore a backup… brings it back"
                + (path != null ? ", and File → Restore the bundled week brings back the week." : ".");
    }

    /**
     * Asks before a dataset the user imported, or their edits to the week, are replaced, naming what goes
     * and where its backup is kept; runs {@code replace} on yes.
     */
    static void confirmReplace(Window owner, Path path, UserDataAtRisk risk, Runnable replace) {
        ButtonType replaceButton = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", replaceButton, ButtonType.CANCEL);
        ask.initOwner(owner);
        boolean edits = risk.edits().isPresent();
        ask.setTitle(edits ? "Replace your edits?" : "Replace your dataset?");
        ask.setHeaderText(edits ? "Replace " + Printable.oneLine(risk.whatWouldBeLost()) + "?"
                : "Replace your dataset " + Printable.oneLine(risk.whatWouldBeLost()) + "?");
        // The title as well as the file: an export and the dataset it came from are often both "week.json".
        String incoming = risk.incoming().isBlank() ? "" : " (“" + Printable.title(risk.incoming()) + "”)";
        String folder = risk.backupFolder().map(f -> " in " + Printable.oneLine(f.toString())).orElse("");
        // The heading already counts the edits, and only the bundled week put back is asked about them.
        ask.setContentText((edits ? "The bundled week comes back as it was shipped, without them."
                : (path == null ? "The bundled week" : "“" + path.getFileName() + "”" + incoming)
                + " will take its place.")
                + " A backup is kept first" + folder + ": File → Restore a backup… brings it back.");
        ask.getDialogPane().setId("confirm-replace");
        // Enter keeps the dataset, as it keeps a file in "Replace file?": replacing takes a deliberate click.
        DialogKeys.defaultTo(ask, ButtonType.CANCEL);
        // Not showAndWait: this runs in a completion callback, which must not block the FX thread.
        ask.resultProperty().addListener((o, was, now) -> {
            if (now == replaceButton) {
                replace.run();
            }
        });
        ask.show();
    }

    private static void report(Window owner, Path path, Throwable error) {
        Throwable cause = ErrorDialogs.unwrap(error);
        Path savedTo = null;
        if (cause instanceof Refused refused) {
            savedTo = refused.savedTo;
            cause = refused.problems;
        }
        if (!(cause instanceof DatasetException problems)) {
            // File → Restore the bundled week asked for no import: its failure had been said as one.
            ErrorDialogs.show(owner, path == null ? "The bundled week could not be restored."
                    : "The dataset could not be imported.", cause,
                    "Nothing was changed. Details are in the log file in your user-data folder.");
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Import");
        alert.setHeaderText((path == null ? "The bundled week" : path.getFileName()) + " was not imported: "
                + CountText.count(problems.count(), "problem") + ". The database is unchanged.");
        int total = problems.problems().size();
        String shown = problems.problems().stream().limit(SHOWN_PROBLEMS).map(p -> Printable.oneLine(p.toString()))
                .collect(Collectors.joining("\n"));
        if (total > SHOWN_PROBLEMS) {
            shown += "\n… and " + CountText.number(total - SHOWN_PROBLEMS) + " more. "
                    + (savedTo != null ? "The whole list is in " + savedTo : "");
        }
        TextArea list = new TextArea(shown);
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(12);
        // A dialog laid out on a loaded machine gave the list two lines and cut the message: it keeps eight.
        list.setMinHeight(PROBLEM_LIST_MIN_HEIGHT);
        list.setId("import-problems");
        VBox box = new VBox(8);
        if (total > SHOWN_PROBLEMS) {
            Label where = new Label("The first " + SHOWN_PROBLEMS + " of "
                    + CountText.number(total) + " problems are shown"
                    + (savedTo != null ? "; the whole list is saved in " + savedTo : "") + ".");
            where.setWrapText(true);
            where.setId("import-problems-saved");
            box.getChildren().add(where);
        }
        box.getChildren().add(list);
        alert.getDialogPane().setContent(box);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.show();
    }
}
