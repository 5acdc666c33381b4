package org.parley.ui.export;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.parley.export.ExistingFilesException;
import org.parley.export.Overwrite;
import org.parley.seed.Printable;
import org.parley.ui.support.DialogKeys;
import org.parley.ui.support.ErrorDialogs;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs an export that may replace only the file the save dialog asked about. When it would also
 * write over files the program chose (the CSV files in a chosen folder, a name the extension was
 * added to, a sources folder), it is refused whole; this asks, naming them, and runs it again with
 * them allowed. Cancel leaves every file as it was.
 */
public final class OverwriteQuestion {

    private OverwriteQuestion() {
    }

    /**
     * Runs {@code export} with {@code chosen} allowed; {@code done} gets the result or the failure,
     * {@code declined} runs instead when the user declines to replace files.
     */
    public static <T> void run(Window owner, Path chosen, Function<Overwrite, CompletableFuture<T>> export,
                               BiConsumer<T, Throwable> done, Runnable declined) {
        Overwrite first = Overwrite.only(List.of(chosen));
        export.apply(first).whenComplete((result, error) -> onFxThread(() -> {
            if (error != null && ErrorDialogs.unwrap(error) instanceof ExistingFilesException existing) {
                ask(owner, existing.files(), () -> export.apply(first.and(existing.files())).whenComplete(done), declined);
            } else {
                done.accept(result, error);
            }
        }));
    }

    /** Some exports complete on a worker of their own; the question belongs on the JavaFX thread. */
    private static void onFxThread(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    private static void ask(Window owner, List<Path> files, Runnable replace, Runnable declined) {
        ButtonType replaceButton = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", replaceButton, ButtonType.CANCEL);
        ask.initOwner(owner);
        ask.setTitle(files.size() == 1 ? "Replace file?" : "Replace files?");
        ask.setHeaderText(files.size() == 1 ? "A file with this name already exists. Replace it?"
                : files.size() + " files with these names already exist. Replace them?");
        ask.setContentText(files.stream().map(p -> Printable.oneLine(p.toString())).collect(Collectors.joining("\n"))
                + "\n\nCancel writes nothing.");
        ask.getDialogPane().setId("confirm-overwrite");
        // Enter must not replace someone's files: Cancel is the default; Replace takes a click, or Tab and Space.
        DialogKeys.defaultTo(ask, ButtonType.CANCEL);
        // Not showAndWait: this runs in a completion callback, which must not block the FX thread.
        ask.resultProperty().addListener((o, was, now) -> {
            if (now == replaceButton) {
                replace.run();
            } else if (now != null) {
                declined.run();
            }
        });
        ask.show();
    }
}
