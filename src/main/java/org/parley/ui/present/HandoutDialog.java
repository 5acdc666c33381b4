package org.parley.ui.present;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Dialog;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.parley.export.ExportException;
import org.parley.export.FilterNote;
import org.parley.export.Overwrite;
import org.parley.model.CountText;
import org.parley.ui.export.OverwriteQuestion;
import javafx.stage.Window;
import org.parley.export.handout.ContextPlacement;
import org.parley.export.handout.HandoutLayout;
import org.parley.export.handout.HandoutPdf;
import org.parley.export.image.Paper;
import org.parley.model.Dataset;
import org.parley.model.DateRange;
import org.parley.model.Event;
import org.parley.model.SourceFilter;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.DialogKeys;
import org.parley.ui.support.DialogWidth;
import org.parley.ui.support.ErrorDialogs;
import org.parley.ui.export.ExportDone;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FileDialogs;
import org.parley.ui.support.LastFolder;
import org.parley.ui.support.SavedName;

/**
 * "Handout…": asks for a layout, whether to keep only the filtered events and a file, then writes
 * the PDF off the JavaFX thread (drawing 60 maps takes a few seconds) and says where it went.
 */
public final class HandoutDialog {

    /** What the user chose in the dialog. */
    record Choice(HandoutLayout layout, boolean onlyFiltered, ContextPlacement background, Paper paper) {

        Choice(HandoutLayout layout, boolean onlyFiltered, ContextPlacement background) {
            this(layout, onlyFiltered, background, Paper.forLocale(Locale.getDefault()));
        }

        Choice(HandoutLayout layout, boolean onlyFiltered) {
            this(layout, onlyFiltered, ContextPlacement.LAST);
        }
    }

    private HandoutDialog() {
    }

    /**
     * The layout and paper chosen last in this session: a teacher printing again wants the same sheet.
     * At first several steps a page: a class set of the week is 16 pages each on A4, not 50.
     */
    private static HandoutLayout lastLayout = HandoutLayout.COMPACT;
    private static Paper lastPaper = Paper.forLocale(Locale.getDefault());

    /** Back to the first choices, as at start (for tests). */
    static void forgetLastChoices() {
        lastLayout = HandoutLayout.COMPACT;
        lastPaper = Paper.forLocale(Locale.getDefault());
    }

    /** Asks with the background where the last presentation put it. */
    public static void show(Window owner, ExplorerState state) {
        show(owner, state, PresentationMode.lastBackground());
    }

    /** Asks, offering {@code background} as the background's place (what the Present dialog was set to). */
    static void show(Window owner, ExplorerState state, ContextPlacement background) {
        if (state.dataset() == null || state.dataset().events().isEmpty()) {
            return;
        }
        dialog(owner, state, background).showAndWait().ifPresent(choice -> {
            FileChooser chooser = LastFolder.in(new FileChooser(), choice.layout() == HandoutLayout.COMPACT
                    ? "parley-handout-compact.pdf" : "parley-handout.pdf");
            chooser.setTitle("Save handout");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            var file = LastFolder.remember(FileDialogs.show(owner, () -> chooser.showSaveDialog(owner)));
            if (file != null) {
                // The dialog asked about the name it returned; one with ".pdf" added is asked about if it exists.
                // A name the rule refuses ("x.png") is said, and nothing is written.
                Path target;
                try {
                    target = HandoutPdf.fileFor(file.toPath());
                } catch (ExportException refused) {
                    ErrorDialogs.show(owner, "The handout could not be written.", refused, "");
                    return;
                }
                Runnable written = state.beginActivity("Writing the handout\u2026", "no handout is written");
                OverwriteQuestion.run(owner, file.toPath(), overwrite -> write(state, choice, target, overwrite),
                        (pages, failure) -> Platform.runLater(() -> {
                    if (failure != null) {
                        state.endUnfinished(written);
                        // A refusal says its own why ("that is the database Parley has open"); only a failed write
                        // gets the advice about folders and permissions.
                        Throwable why = ErrorDialogs.unwrap(failure);
                        boolean refused = why instanceof ExportException
                                && !(why.getCause() instanceof IOException);
                        ErrorDialogs.show(owner, "The handout could not be written.", failure, refused ? ""
                                : "Check that the folder exists and you may write to it, then try again.");
                    } else {
                        written.run();
                        String renamed = SavedName.renamingNote(file.toPath(), target);
                        ExportDone.show(owner, "Handout saved", List.of(target),
                                pages + (pages == 1 ? " page" : " pages") + (renamed.isEmpty() ? "" : ". " + renamed));
                    }
                }), written);
            }
        });
    }

    /** The question, built but not shown. */
    static Dialog<Choice> dialog(Window owner, ExplorerState state) {
        return dialog(owner, state, ContextPlacement.LAST);
    }

    static Dialog<Choice> dialog(Window owner, ExplorerState state, ContextPlacement background) {
        ToggleGroup layouts = new ToggleGroup();
        RadioButton one = new RadioButton("One step a page, with a map (landscape)");
        RadioButton compact = new RadioButton("Several steps a page, each in full, after an overview map (portrait)");
        one.setToggleGroup(layouts);
        compact.setToggleGroup(layouts);
        one.setSelected(lastLayout == HandoutLayout.ONE_PER_PAGE);
        compact.setSelected(lastLayout == HandoutLayout.COMPACT);
        CheckBox filtered = new CheckBox();
        sayWhatTheFiltersShow(state, filtered);
        // As File → Export data… and the image export: with a filter on, what it shows is offered first.
        filtered.setSelected(!filtered.isDisabled());
        filtered.setId("handout-filtered");
        ComboBox<ContextPlacement> context = new ComboBox<>();
        context.getItems().setAll(ContextPlacement.values());
        context.setValue(background);
        context.setId("handout-context");
        context.setMaxWidth(Double.MAX_VALUE);
        ComboBox<Paper> paper = new ComboBox<>();
        paper.getItems().setAll(Paper.values());
        // The locale's at first, as the image export's PDF (Letter in the United States and Canada), then the last chosen.
        paper.setValue(lastPaper);
        paper.setId("handout-paper");
        HBox paperRow = new HBox(8, new Label("Paper:"), paper);
        paperRow.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.setId("handout-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(460);
        HandoutPageCounts pages = new HandoutPageCounts(one, compact, problem);
        Runnable recount = () -> pages.count(printed(state, filtered.isSelected() && !filtered.isDisabled()),
                context.getValue(), paper.getValue());
        filtered.selectedProperty().addListener((o, was, is) -> recount.run());
        context.valueProperty().addListener((o, was, is) -> recount.run());
        paper.valueProperty().addListener((o, was, is) -> recount.run());
        recount.run();
        // Over 20,000 events a filter just changed arrives from the background: until then the box's
        // count and the pages would be the previous filter's, and OK would print that filter's events.
        InvalidationListener arrived = o -> {
            if (!state.filterPendingProperty().get()) {
                boolean wasDisabled = filtered.isDisabled();
                sayWhatTheFiltersShow(state, filtered);
                if (wasDisabled && !filtered.isDisabled()) {
                    filtered.setSelected(true);
                }
                recount.run();
            }
        };
        state.visibleEventsProperty().addListener(arrived);
        VBox content = new VBox(10, one, compact, new VBox(4, new Label("Background (how we got here):"), context),
                paperRow, filtered, problem);
        // The dialog pane gives its content no margin of its own: without this the radio buttons
        // touched the window's left edge and the longer choice its right one.
        content.setPadding(new Insets(12));

        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Handout");
        dialog.setHeaderText("Print the presentation as a PDF handout");
        dialog.getDialogPane().setId("handout-dialog");
        dialog.getDialogPane().setContent(content);
        DialogWidth.asContentAsks(dialog.getDialogPane());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        // A focused choice would keep Enter for itself: after a click on the second layout, Enter did nothing.
        DialogKeys.enterFires(dialog.getDialogPane(), (Button) dialog.getDialogPane().lookupButton(ButtonType.OK),
                Set.of(), () -> context.isShowing() || paper.isShowing());
        // A handout of more events than it takes is refused when written: OK had opened the save dialog,
        // then said so. The line above OK says why; OK waits for a choice that can be printed.
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(
                state.filterPendingProperty().or(pages.refusedProperty()));
        dialog.setOnHidden(e -> {
            pages.stop();
            state.visibleEventsProperty().removeListener(arrived);
            dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().unbind();
        });
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            lastLayout = compact.isSelected() ? HandoutLayout.COMPACT : HandoutLayout.ONE_PER_PAGE;
            lastPaper = paper.getValue();
            return new Choice(lastLayout, filtered.isSelected() && !filtered.isDisabled(), context.getValue(), lastPaper);
        });
        return dialog;
    }

    /** The filter box's words and whether it can be ticked, for the events the filters show now (or "counting…"). */
    private static void sayWhatTheFiltersShow(ExplorerState state, CheckBox filtered) {
        int all = state.dataset().events().size();
        int visible = state.visibleEventsProperty().get().size();
        if (state.filterPendingProperty().get()) {
            filtered.setText("Only the events the filters show (counting\u2026)");
            filtered.setDisable(true);
            return;
        }
        filtered.setText(visible == all ? "Only the events the filters show (no filter leaves any out)"
                : visible == 0 ? "Only the events the filters show (they show none)"
                : "Only the " + CountText.count(visible, "event") + " the filters show (of " + CountText.number(all) + ")");
        filtered.setDisable(visible == 0 || visible == all);
    }

    /** Writes the handout on the compute thread; completes, on the JavaFX thread, with the page count or the failure. */
    static CompletableFuture<Integer> write(ExplorerState state, Choice choice, Path out, Overwrite overwrite) {
        // Read the state here, on the JavaFX thread; the worker gets immutable values only.
        HandoutPageCounts.Printed printed = printed(state, choice.onlyFiltered());
        return BackgroundThread.compute().submit(() -> new HandoutPdf().onPaper(choice.paper())
                .reportedBy(printed.papers()).keeping(printed.kept()).write(printed.dataset(), printed.events(), printed.filterNote(),
                        choice.layout(), choice.background(), out, overwrite));
    }

    /** What a handout of all the events, or of only those the filters show, prints; read on the JavaFX thread. */
    private static HandoutPageCounts.Printed printed(ExplorerState state, boolean onlyFiltered) {
        Dataset dataset = state.dataset();
        List<Event> events = onlyFiltered ? state.visibleEventsProperty().get() : dataset.events();
        Optional<String> note = onlyFiltered
                ? FilterNote.of(state.filterProperty().get(), dataset) : Optional.empty();
        SourceFilter papers = onlyFiltered ? state.filterProperty().get().sources()
                : SourceFilter.ANY;
        // The days the time range keeps, for the day bars to hatch the others, as the slides' strip does.
        Optional<DateRange> kept = onlyFiltered
                ? state.filterProperty().get().keptDays(dataset.zone()) : Optional.empty();
        return new HandoutPageCounts.Printed(dataset, events, note, papers, kept);
    }
}
