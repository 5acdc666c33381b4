package org.parley.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.parley.model.CountText;
import org.parley.ui.support.DialogKeys;
import org.parley.ui.support.FolderOpener;
import org.parley.ui.support.ErrorDialogs;

/**
 * The note that an export was written: where it went, with a button that opens its folder in the
 * desktop's file manager, so a teacher finds the file without hunting for it.
 */
public final class ExportDone {

    public static final ButtonType OPEN_FOLDER = new ButtonType("Open folder", ButtonBar.ButtonData.LEFT);

    /** The most lines of files the note lists; the rest are counted in one line. */
    static final int MOST_LINES = 8;

    /** The widest a line of the note grows, in px: on a 1280-px projector the note still fits with its buttons. */
    private static final double WIDEST_LINE = 760;

    private ExportDone() {
    }

    /** Shows the note (not waiting); {@code files} are what was written, {@code what} e.g. "Image saved". */
    public static Alert show(Window owner, String what, List<Path> files, String detail) {
        return show(owner, what, files, detail, FolderOpener.SYSTEM);
    }

    /** As {@link #show(Window, String, List, String)}, opening folders with {@code opener}. */
    static Alert show(Window owner, String what, List<Path> files, String detail, FolderOpener opener) {
        StringBuilder text = new StringBuilder();
        VBox lines = new VBox(4);
        lines.getStyleClass().add("content");
        // A JSON export with 200 source texts listed 201 lines: the note stood 4,584 px tall, its buttons off the screen.
        List<Path> listed = files.size() <= MOST_LINES ? files : files.subList(0, MOST_LINES - 1);
        for (Path f : listed) {
            text.append(f.toAbsolutePath()).append('\n');
            lines.getChildren().add(line(f.toAbsolutePath().toString()));
        }
        if (listed.size() < files.size()) {
            List<Path> rest = files.subList(listed.size(), files.size());
            Set<Path> folders = new LinkedHashSet<>();
            rest.forEach(f -> folders.add(folderOf(f)));
            String more = "and " + CountText.count(rest.size(), "more file") + " in "
                    + (folders.size() == 1 ? folders.iterator().next().toString()
                            : CountText.count(folders.size(), "folder"));
            text.append(more).append('\n');
            lines.getChildren().add(line(more));
        }
        if (detail != null && !detail.isBlank()) {
            text.append(detail);
            lines.getChildren().add(line(detail));
        }
        Alert done = new Alert(Alert.AlertType.INFORMATION, text.toString().strip(), OPEN_FOLDER, ButtonType.CLOSE);
        done.initOwner(owner);
        done.setTitle(what);
        done.setHeaderText(what);
        done.getDialogPane().setId("exportDone");
        // A line a path, each as wide as it needs: the alert's own text was one line, the path cut
        // with "…" and the page count under it gone.
        done.getDialogPane().setContent(lines);
        Path folder = folderOf(files.get(0));
        // The open button must not close the note: the user may want to read the path again.
        done.getDialogPane().lookupButton(OPEN_FOLDER).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            openFolder(owner, folder, opener);
            // The pressed button kept the focus, and Enter on a focused button presses it: Enter, meant to
            // close the note, opened a second file manager. The focus goes back to Close.
            done.getDialogPane().lookupButton(ButtonType.CLOSE).requestFocus();
        });
        done.getDialogPane().lookupButton(OPEN_FOLDER).setDisable(!opener.available());
        // Enter closes the note, as it would any other; opening a file manager is a choice.
        DialogKeys.defaultTo(done, ButtonType.CLOSE);
        done.show();
        return done;
    }

    private static Label line(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("export-done-line");
        if (new Text(text).getLayoutBounds().getWidth() > WIDEST_LINE) {
            // A file name of 240 characters made the note wider than the screen, its buttons off it:
            // such a line wraps (within the name too) rather than being cut.
            l.setWrapText(true);
            l.setPrefWidth(WIDEST_LINE);
            l.setMinWidth(WIDEST_LINE);
        } else {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    static Path folderOf(Path written) {
        Path abs = written.toAbsolutePath();
        return Files.isDirectory(abs) ? abs : abs.getParent();
    }

    /** Opening can block on some desktops, so it runs off the JavaFX thread. */
    private static void openFolder(Window owner, Path folder, FolderOpener with) {
        Thread opener = new Thread(() -> {
            try {
                with.open(folder);
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> ErrorDialogs.show(owner, "The folder could not be opened", e,
                        "Open " + folder + " in your file manager."));
            }
        }, "parley-open-folder");
        opener.setDaemon(true);
        opener.start();
    }
}
