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

import java.io.File;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
                ask(owner, existing.files(), () -> export.apply(first.and(existing.files()))
                        .whenComplete((again, failed) -> onFxThread(() -> done.accept(again, failed))), declined);
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

    /** "A file …", "A folder …", "2 files and a folder …": a JSON export's sources folder is no file. */
    private static String header(List<Path> existing) {
        long folders = existing.stream().filter(OverwriteQuestion::isFolder).count();
        long files = existing.size() - folders;
        if (existing.size() == 1) {
            return "A " + noun(existing) + " with this name already exists. Replace it?";
        }
        String what = folders == 0 ? files + " files" : files == 0 ? folders + " folders"
                : count(files, "file") + " and " + count(folders, "folder");
        return Character.toUpperCase(what.charAt(0)) + what.substring(1) + " with these names already exist. Replace them?";
    }

    private static String noun(List<Path> existing) {
        return isFolder(existing.get(0)) ? "folder" : "file";
    }

    private static String count(long n, String noun) {
        return n == 1 ? "a " + noun : n + " " + noun + "s";
    }

    /** A folder is named as one, with what replacing it means: every file in it goes. */
    private static String line(Path p) {
        String name = Printable.oneLine(p.toString());
        return isFolder(p) ? name + File.separator + "  (a folder an earlier export wrote; replaced whole)" : name;
    }

    private static boolean isFolder(Path p) {
        return Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
    }

    private static void ask(Window owner, List<Path> files, Runnable replace, Runnable declined) {
        ButtonType replaceButton = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", replaceButton, ButtonType.CANCEL);
        ask.initOwner(owner);
        ask.setTitle(files.size() == 1 ? "Replace " + noun(files) + "?" : "Replace files?");
        ask.setHeaderText(header(files));
        ask.setContentText(files.stream().map(OverwriteQuestion::line).collect(Collectors.joining("\n"))
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
