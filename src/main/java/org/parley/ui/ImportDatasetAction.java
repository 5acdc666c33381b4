package org.parley.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.parley.model.Dataset;
import org.parley.seed.DatasetException;
import org.parley.seed.Problem;
import org.parley.ui.app.ErrorDialogs;
import org.parley.ui.state.ExplorerState;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * File → Import dataset…: asks for a dataset's JSON file, validates and imports it on the database
 * thread, and shows it. A dataset with problems is refused whole, with every problem listed and the
 * database left as it was.
 */
final class ImportDatasetAction {

    /** What importing means to the window: the imported dataset, or a failure with its cause. */
    record Outcome(Dataset dataset, boolean changed) {
    }

    private ImportDatasetAction() {
    }

    static void run(Window owner, ExplorerState state, Function<Path, CompletableFuture<Outcome>> importer) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a Parley dataset");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Parley dataset (*.json)", "*.json"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            importFrom(owner, state, file.toPath(), importer);
        }
    }

    static void importFrom(Window owner, ExplorerState state, Path path,
                           Function<Path, CompletableFuture<Outcome>> importer) {
        importer.apply(path).whenComplete((outcome, error) -> {
            if (error != null) {
                report(owner, path, error);
                return;
            }
            state.datasetProperty().set(outcome.dataset());
            Alert done = new Alert(Alert.AlertType.INFORMATION);
            done.initOwner(owner);
            done.setTitle("Import");
            done.setHeaderText(outcome.changed() ? "Imported “" + outcome.dataset().title() + "”"
                    : "Already imported: nothing changed");
            done.setContentText(outcome.dataset().events().size() + " events, " + outcome.dataset().quotes().size()
                    + " quotes from " + outcome.dataset().sources().size() + " sources.");
            done.show();
        });
    }

    private static void report(Window owner, Path path, Throwable error) {
        Throwable cause = ErrorDialogs.unwrap(error);
        if (!(cause instanceof DatasetException problems)) {
            ErrorDialogs.show(owner, "The dataset could not be imported.", cause,
                    "Nothing was changed. Details are in the log file in your user-data folder.");
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Import");
        alert.setHeaderText((path == null ? "The bundled week" : path.getFileName()) + " was not imported: " + problems.problems().size()
                + (problems.problems().size() == 1 ? " problem" : " problems")
                + ". The database is unchanged.");
        TextArea list = new TextArea(problems.problems().stream().map(Problem::toString)
                .collect(Collectors.joining("\n")));
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(12);
        list.setId("import-problems");
        alert.getDialogPane().setContent(list);
        alert.show();
    }
}
