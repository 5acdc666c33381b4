package org.parley.ui.export;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.StringConverter;
import org.parley.export.DataExport;
import org.parley.export.DataFormat;
import org.parley.export.ExportException;
import org.parley.export.ExportSize;
import org.parley.export.FilterNote;
import org.parley.export.SearchedEvents;
import org.parley.model.CountText;
import org.parley.export.WebPageExporter;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.SourceFilter;
import org.parley.seed.Printable;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.DialogKeys;
import org.parley.ui.support.DialogWidth;
import org.parley.ui.support.ErrorDialogs;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.state.SearchResults;
import org.parley.ui.support.FileDialogs;
import org.parley.ui.support.LastFolder;
import org.parley.ui.support.SavedName;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;

/** File → Export data…: the same exports as {@code parley export-data}, optionally limited to the filtered events. */
public final class ExportDataDialog {

    /** What {@code --format csv} writes, as {@link org.parley.export.CsvExporter} names them. */
    static final String CSV_FILES = "events.csv, quotes.csv, positions.csv, divergences.csv, actors.csv, places.csv, sources.csv and about.txt";
    /** The format chosen last, offered again: a researcher exports the same kind of file again and again. */
    private static DataFormat lastFormat = DataFormat.CSV;

    private ExportDataDialog() {
    }

    /** Asks what to export and where, then writes it off the JavaFX thread. */
    public static void show(Window owner, ExplorerState state) {
        Dataset data = state.dataset();
        if (data == null) {
            return;
        }
        Optional<Choice> choice = ask(owner, state);
        choice.ifPresent(c -> target(owner, c.format()).ifPresent(chosen ->
                exportTo(owner, state, data, state.filterProperty().get(), c, chosen)));
    }

    /** Writes to the file the save dialog's answer names by the one rule, or says why that name is refused. */
    static void exportTo(Window owner, ExplorerState state, Dataset data, EventFilter filter, Choice choice, Path chosen) {
        Target target;
        try {
            target = Target.of(choice, chosen);
        } catch (ExportException refused) {
            ErrorDialogs.show(owner, "The data could not be exported.", refused, "");
            return;
        }
        run(owner, state, data, filter, target);
    }

    /** {@code search}: the events of the search to keep to, when its box was ticked. */
    record Choice(DataFormat format, boolean filtered, Optional<SearchedEvents> search) {
        Choice(DataFormat format, boolean filtered) {
            this(format, filtered, Optional.empty());
        }
    }

    /** {@code chosen}: what the save dialog asked about; {@code path}: where the export goes, with its extension. */
    record Target(Choice choice, Path chosen, Path path) {
        /**
         * Where an export the save dialog answered with {@code chosen} goes: a CSV folder as chosen, a file by
         * the one rule ({@link DataFormat#fileFor}).
         *
         * @throws ExportException when the rule refuses the name ("x.png" for GeoJSON)
         */
        static Target of(Choice choice, Path chosen) {
            return new Target(choice, chosen, choice.format().fileFor(chosen));
        }

        /**
         * Said when the export went under another name than the one the save dialog was given: that
         * dialog may have asked about replacing the file named, which was never touched.
         */
        String renaming() {
            return SavedName.renamingNote(chosen, path);
        }

    }

    private static Optional<Choice> ask(Window owner, ExplorerState state) {
        return dialog(owner, state).showAndWait();
    }

    /** The question, built but not shown. */
    static Dialog<Choice> dialog(Window owner, ExplorerState state) {
        return dialog(owner, state, BackgroundThread.compute());
    }

    /** @param worker where the events a search keeps are picked from a large dataset's */
    static Dialog<Choice> dialog(Window owner, ExplorerState state, BackgroundThread worker) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export data");
        dialog.setHeaderText("Export the data");
        ComboBox<DataFormat> format = new ComboBox<>();
        format.setId("export-data-format");
        format.getItems().setAll(DataFormat.values());
        format.setValue(lastFormat);
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(DataFormat f) {
                return f == null ? "" : switch (f) {
                    case JSON -> "Parley JSON (re-importable, with the articles)";
                    case CSV -> "CSV: " + CSV_FILES;
                    case GEOJSON -> "GeoJSON: places and events";
                    case TIMELINEJS -> "TimelineJS JSON";
                    case HTML -> "Web page: one file to share (timeline, map, quotes)";
                };
            }

            @Override
            public DataFormat fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        boolean anyFilter = !state.filterProperty().get().isEmpty();
        CheckBox filtered = new CheckBox();
        filtered.setId("export-data-filtered");
        filtered.setSelected(anyFilter);
        filtered.disableProperty().bind(format.valueProperty().isEqualTo(DataFormat.JSON)
                .or(Bindings.createBooleanBinding(() -> !anyFilter)));
        // JSON is written whole: its box shows unticked (a ticked, greyed box said the opposite of
        // the note under it), and the choice made for the other formats comes back with them.
        boolean[] wanted = {anyFilter};
        format.valueProperty().addListener((o, was, now) -> {
            if (now == DataFormat.JSON && was != DataFormat.JSON) {
                wanted[0] = filtered.isSelected();
                filtered.setSelected(false);
            } else if (now != DataFormat.JSON && was == DataFormat.JSON) {
                filtered.setSelected(wanted[0]);
            }
        });
        Label note = new Label("Parley JSON always holds the whole dataset, so that it imports again as it is.");
        note.setId("export-data-note");
        note.setWrapText(true);
        note.setMaxWidth(420);
        note.setMinHeight(Label.USE_PREF_SIZE); // two lines, never one cut short
        note.managedProperty().bind(note.visibleProperty());
        note.visibleProperty().bind(format.valueProperty().isEqualTo(DataFormat.JSON));
        // Which filters, in the words the exports' notes use: "41 events that pass the current filters"
        // left the researcher to remember them, and a paper filter also narrows the quotations.
        Label which = new Label(whichFilters(state.filterProperty().get(), state.dataset()));
        which.setId("export-data-which");
        which.setWrapText(true);
        which.setMaxWidth(420);
        which.setMinHeight(Label.USE_PREF_SIZE);
        which.managedProperty().bind(which.visibleProperty());
        which.visibleProperty().bind(filtered.selectedProperty().and(filtered.disabledProperty().not())
                .and(Bindings.createBooleanBinding(() -> anyFilter)));
        // A search rings its events and hides none: offered, not assumed, and said either way (decision 0140).
        SearchResults searched = state.searchProperty().get();
        boolean anySearch = !searched.query().isBlank() && !searched.eventIds().isEmpty();
        SearchedEvents found = new SearchedEvents(searched.query(), searched.eventIds());
        CheckBox bySearch = new CheckBox("Only the events the search \u201C" + searched.shownQuery() + "\u201D marks"
                + (searched.isCapped() ? " (those of its " + CountText.count(searched.listed(), "result")
                        + " listed)" : ""));
        bySearch.setId("export-data-search");
        bySearch.setWrapText(true);
        bySearch.setMaxWidth(420);
        bySearch.managedProperty().bind(bySearch.visibleProperty());
        bySearch.setVisible(anySearch);
        bySearch.disableProperty().bind(format.valueProperty().isEqualTo(DataFormat.JSON));
        boolean[] wantedSearch = {false};
        format.valueProperty().addListener((o, was, now) -> {
            if (now == DataFormat.JSON && was != DataFormat.JSON) {
                wantedSearch[0] = bySearch.isSelected();
                bySearch.setSelected(false);
            } else if (now != DataFormat.JSON && was == DataFormat.JSON) {
                bySearch.setSelected(wantedSearch[0]);
            }
        });
        Label events = new Label();
        events.setId("export-data-events");
        events.setWrapText(true);
        events.setMaxWidth(420);
        events.setMinHeight(Label.USE_PREF_SIZE);
        Label size = new Label();
        size.setId("export-data-size");
        size.setWrapText(true);
        size.setMaxWidth(420);
        size.setMinHeight(Label.USE_PREF_SIZE);
        Dataset data = state.dataset();
        List<Event> all = data == null ? List.of() : data.eventsInNarrativeOrder();
        WrittenEvents written = new WrittenEvents(events, size, worker);
        Runnable sayTheSize = () -> {
            boolean counting = state.filterPendingProperty().get();
            List<Event> visible = state.visibleEventsProperty().get();
            filtered.setText(counting ? "Only the events that pass the current filters (counting\u2026)"
                    : "Only the " + CountText.count(visible.size(), "event") + " that pass the current filters");
            boolean json = format.getValue() == DataFormat.JSON;
            written.say(new WrittenEvents.Asked(format.getValue(), data, all, visible, counting, anyFilter,
                    anyFilter && !json, filtered.isSelected() && !json, anySearch && !json ? found : null,
                    anySearch && bySearch.isSelected() && !json));
        };
        format.valueProperty().addListener((o, was, now) -> sayTheSize.run());
        filtered.selectedProperty().addListener((o, was, now) -> sayTheSize.run());
        bySearch.selectedProperty().addListener((o, was, now) -> sayTheSize.run());
        InvalidationListener recount = o -> sayTheSize.run();
        state.visibleEventsProperty().addListener(recount);
        state.filterPendingProperty().addListener(recount);
        dialog.setOnHidden(e -> {
            written.stop();
            state.visibleEventsProperty().removeListener(recount);
            state.filterPendingProperty().removeListener(recount);
        });
        sayTheSize.run();
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(12));
        Label formatLabel = new Label("Format");
        // A long format's name widens the box; the label keeps its word ("For..." at 1920×1080).
        formatLabel.setMinWidth(Label.USE_PREF_SIZE);
        grid.addRow(0, formatLabel, format);
        // One column of notes: one that says nothing for this format takes no room, nor the gaps round it.
        // What will be written first, then the boxes that change it and what it weighs.
        VBox notes = new VBox(10, events, filtered, which, bySearch, note, size);
        grid.add(notes, 1, 1);
        dialog.getDialogPane().setContent(grid);
        DialogWidth.asContentAsks(dialog.getDialogPane());
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        // The first choice takes the focus, as in the image export dialog: on OK, Enter pressed to go on to
        // the format exported the one offered at once. Asked for when the window is shown: showAndWait says
        // the dialog is shown (DIALOG_SHOWN) before its window is, and the focus asked for then went to OK.
        dialog.getDialogPane().getScene().getWindow().addEventHandler(WindowEvent.WINDOW_SHOWN,
                e -> format.requestFocus());
        // Enter on the focused check box had toggled it instead of exporting.
        DialogKeys.enterFires(dialog.getDialogPane(), (Button) dialog.getDialogPane()
                .lookupButton(ButtonType.OK), Set.of(), format::isShowing);
        dialog.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            lastFormat = format.getValue();
            boolean json = format.getValue() == DataFormat.JSON;
            return new Choice(format.getValue(), filtered.isSelected() && !json,
                    anySearch && bySearch.isSelected() && !json ? Optional.of(found) : Optional.empty());
        });
        return dialog;
    }

    /**
     * Which events the export writes, in one plain sentence, and what of the explorer it leaves out: "Exports
     * the 14 events found by the search “Sherman”; the filters do not apply." {@code filters}: whether filters
     * are set (for a format that can keep to them); {@code byFilters}: whether the export keeps to them;
     * {@code search}: the search, or null when there is none to keep to; {@code bySearch}: whether it does;
     * {@code count}: the events written, or -1 while they are counted.
     */
    static String whichEvents(int count, int total, boolean filters, boolean byFilters, SearchedEvents search,
                              boolean bySearch) {
        // While a search's events are picked in the background the sentence is said without its number.
        String some = count < 0 ? "the events" : "the " + CountText.count(count, "event");
        String pass = count == 1 ? " that passes the filters" : " that pass the filters";
        String what = byFilters && bySearch ? some + pass + (count == 1 ? " and is " : " and are ") + search.words()
                : byFilters ? some + pass
                : bySearch ? some + " " + search.words()
                : "all " + CountText.count(total, "event") + " of the dataset";
        boolean filtersLeft = filters && !byFilters;
        boolean searchLeft = search != null && !bySearch;
        String left = filtersLeft && searchLeft ? "; the filters and " + search.name() + " do not apply"
                : filtersLeft ? "; the filters do not apply"
                : searchLeft ? "; " + search.name() + " does not apply"
                : "";
        return "Exports " + what + left + ".";
    }

    /**
     * The filters a filtered export keeps to, as its own notes name them ("Filtered: reported by The Washington
     * Post"), and what a one-paper filter does to the quotations ({@link org.parley.model.SourceFilter#keepsQuoteFrom}).
     */
    static String whichFilters(EventFilter filter, Dataset data) {
        if (data == null) {
            return "";
        }
        String quotes = filter.sources().mode() == SourceFilter.Mode.INCLUDES
                ? " Quotations: only those " + data.sourceName(filter.sources().sourceId()) + " prints." : "";
        return FilterNote.of(filter, data).map(n -> n + "." + quotes).orElse("");
    }

    /**
     * What the export will make, said before it starts: "Writes 100,000 events, about 60 MB: slow to write
     * and to open…". A web page of every one of 100,000 events had been written without a word, 54 MB in a
     * minute. {@code events}: those written, in narrative order; {@code filteredInstead}: the filtered events
     * when the box could be ticked for them, else null.
     */
    static String sizeNote(DataFormat format, Dataset data, List<Event> events, List<Event> filteredInstead,
                           boolean anyFilter) {
        long bytes = ExportSize.estimate(format, data, events);
        String what = "Writes " + CountText.count(events.size(), "event")
                + (format == DataFormat.JSON ? " with the articles" : "") + ", " + ExportSize.inWords(bytes);
        if (bytes < ExportSize.LARGE_BYTES) {
            return what + ".";
        }
        String fewer = filteredInstead != null
                ? "Tick the box above for the " + CountText.count(filteredInstead.size(), "filtered event") + " ("
                        + ExportSize.inWords(ExportSize.estimate(format, data, filteredInstead)) + ")."
                : format == DataFormat.JSON ? "It is always the whole dataset; the other formats can hold fewer events."
                : anyFilter ? "To write fewer, cancel and narrow the filters."
                : "To write fewer, cancel and filter the events first (Filters tab).";
        return what + ": a large file, slow to write and to open. " + fewer;
    }

    private static Optional<Path> target(Window owner, DataFormat format) {
        File file;
        if (format == DataFormat.CSV) {
            DirectoryChooser chooser = LastFolder.in(new DirectoryChooser());
            chooser.setTitle("Folder for " + CSV_FILES);
            file = LastFolder.remember(FileDialogs.show(owner, () -> chooser.showDialog(owner)));
        } else {
            FileChooser chooser = LastFolder.in(new FileChooser(), switch (format) {
                case JSON -> "week.json";
                case GEOJSON -> "parley.geojson";
                case HTML -> WebPageExporter.DEFAULT_NAME;
                default -> "timeline.json";
            });
            chooser.setTitle("Export data");
            // Every ending the format's files are written under shows, a GeoJSON's ".json" among them.
            String ext = format.endings().get(0).substring(1);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(Locale.ROOT) + " files",
                    format.endings().stream().map(e -> "*" + e).toList()));
            file = LastFolder.remember(FileDialogs.show(owner, () -> chooser.showSaveDialog(owner)));
        }
        return Optional.ofNullable(file).map(File::toPath);
    }

    /**
     * Writes off the JavaFX thread, showing what is written with a Cancel; files the program chose (not the
     * one the save dialog asked about) are asked about first. The status bar says an export is under way,
     * and quitting meanwhile asks first, as it does while a handout is written.
     */
    static void run(Window owner, ExplorerState state, Dataset data, EventFilter filter, Target t) {
        ExportProgress progress = new ExportProgress(owner, "Writing " + what(t.choice().format()) + " to "
                + Printable.oneLine(t.path().toString()) + "\u2026");
        Runnable exported = state.beginActivity("Exporting data\u2026", "no file is written");
        // Open from the first try to the end: closed between a refused try and the question about
        // replacing files, it took the keyboard from the question (Enter went to the main window).
        OverwriteQuestion.run(owner, t.chosen(), overwrite -> {
            progress.show();
            EventFilter kept = t.choice().filtered() ? filter : EventFilter.NONE;
            return BackgroundThread.compute().submit(() -> t.choice().search().isPresent()
                    ? new DataExport().export(data, t.choice().format(), t.path(), kept, t.choice().search().get(),
                            overwrite, progress::cancelled)
                    : new DataExport().export(data, t.choice().format(), t.path(), kept, overwrite, progress::cancelled));
        }, (written, error) -> {
            progress.close();
            if (error != null && ErrorDialogs.unwrap(error) instanceof CancellationException) {
                exported.run();
                return;   // the user cancelled: nothing was written, and nothing to say
            }
            if (error != null) {
                state.endUnfinished(exported);
                ErrorDialogs.show(owner, "The data could not be exported.", ErrorDialogs.unwrap(error),
                        "Choose another name or folder.");
            } else {
                exported.run();
                ExportDone.show(owner, "Export finished", written, t.renaming());
            }
        }, () -> {
            progress.close();
            exported.run();
        });
    }

    /** What an export in {@code format} writes, for the progress window. */
    private static String what(DataFormat format) {
        return switch (format) {
            case CSV -> "the CSV files";
            case JSON -> "the Parley JSON and its articles";
            case GEOJSON -> "the GeoJSON";
            case TIMELINEJS -> "the TimelineJS JSON";
            case HTML -> "the web page";
        };
    }
}
