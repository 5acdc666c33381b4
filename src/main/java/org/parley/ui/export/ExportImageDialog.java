package org.parley.ui.export;

import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.CentredOnOwner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.StringConverter;
import org.parley.export.ExportException;
import org.parley.export.image.DashboardShape;
import org.parley.export.image.ImageExport;
import org.parley.export.image.PageSetup;
import org.parley.export.image.Previews;
import org.parley.export.image.Paper;
import org.parley.export.image.ImageFormat;
import org.parley.export.image.ImageRequest;
import org.parley.export.image.ImageSize;
import org.parley.export.image.Sizing;
import org.parley.export.image.TallPicture;
import org.parley.export.image.TimeWindow;
import org.parley.export.image.View;
import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.render.Theme;
import org.parley.ui.support.DialogKeys;
import org.parley.ui.support.ErrorDialogs;
import org.parley.ui.support.OneLineField;
import org.parley.ui.support.SavedName;
import org.parley.ui.support.ScreenArea;
import org.parley.ui.support.WholeNumberField;
import org.parley.ui.state.ExplorerState;

/**
 * File → Export image…: pick a view, format, size, theme, range and title, see a live preview, then
 * choose where to save. Rendering and writing run off the JavaFX thread through the same engine as
 * {@code parley export-image}, so the file matches the preview.
 *
 * <pre>{@code new ExportImageDialog(ownerWindow, state).show();}</pre>
 */
public final class ExportImageDialog {

    static final int PREVIEW_WIDTH = 520;
    /** What was exported last, offered again: images for one report are made one after another. */
    private static View lastView = View.TIMELINE;
    private static ImageFormat lastFormat = ImageFormat.PNG;
    private static RangeChoice lastRange = RangeChoice.FOCUS;
    /** Whether the ranges were offered once: only the dialog's opening follows a typed time range. */
    private boolean rangeOffered;
    /** "print" once chosen stays chosen (a choice for paper); light or dark follow the window's theme. */
    private static boolean lastPrint;
    /** The size chosen last (1×, 2×, 3× or an exact width) and that width: slides want every image at one size. */
    private static int lastSize;
    private static int lastWidth = 3840;

    private final ExplorerState state;
    private final Stage stage = new Stage();
    private final StackPane previewPane = new StackPane();
    /** Previews and writing run on the app's one compute thread, in the order they were asked for. */
    private final BackgroundThread worker = BackgroundThread.compute();
    private final ImageExport engine = new ImageExport();
    private final PreviewRenderer renderer;

    private final ComboBox<View> view = new ComboBox<>();
    private final ComboBox<ImageFormat> format = new ComboBox<>();
    private final ToggleGroup size = new ToggleGroup();
    private final RadioButton exact = new RadioButton("Width");
    private final Spinner<Integer> width = new Spinner<>(16, Sizing.MAX_WIDTH, 3840, 160);
    private final ComboBox<String> theme = new ComboBox<>();
    private final ComboBox<RangeChoice> range = new ComboBox<>();
    private final ComboBox<DashboardShape> shape = new ComboBox<>();
    private final ComboBox<Paper> paper = new ComboBox<>();
    private final ComboBox<PageSetup.Orientation> orientation = new ComboBox<>();
    private final CheckBox filters = new CheckBox("Apply current filters");
    /** Off unless asked: a figure for slides or a report is not about what happened to be selected. */
    private final CheckBox marked = new CheckBox("Outline the selected event");
    private final TextField title = new TextField();
    /** The longest title, as {@code export-image --title} allows. */
    static final int TITLE_LONGEST = 500;
    private final ImageView preview = new ImageView();
    private final Label sizeLabel = new Label();
    private final Button exportButton = new Button("Export…");
    private final Button cancelButton = new Button("Cancel");
    /** The current export's cancel flag: set when the dialog is cancelled or closed, the export stops. */
    private AtomicBoolean cancelExport = new AtomicBoolean();

    /** Counts preview requests, so a slow render that finishes late never replaces a newer one. */
    private long previewGeneration;
    /** The preview under way's cancel flag: a newer request sets it, and the old one stops at its next step. */
    private AtomicBoolean previewCancelled = new AtomicBoolean();
    /**
     * Set once the window is hidden: the dialog still listens to the explorer's filter, and each filter
     * change after it closed had laid out and drawn a preview no one would see, on the thread the views wait on.
     */
    private boolean closed;
    /** Under the preview, when it shows only the top of a picture many screens tall. */
    private final Label previewNote = new Label();

    /**
     * Draws a preview, on the compute thread: a seam, so a test can see where and how often the work is done.
     *
     * @param heightPerWidth the pane's shape: a picture many screens tall is drawn only as far down as fills it
     */
    @FunctionalInterface
    interface PreviewRenderer {
        Previews.Preview render(Dataset data, ImageRequest request, int width, double heightPerWidth,
                                BooleanSupplier cancelled);
    }

    public ExportImageDialog(Window owner, ExplorerState state) {
        this(owner, state, new Previews()::of);
    }

    ExportImageDialog(Window owner, ExplorerState state, PreviewRenderer renderer) {
        this.state = state;
        this.renderer = renderer;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export image");
        // Closed from its title bar while writing: the same as Cancel. A preview under way is given up too.
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            cancelExport.set(true);
            previewCancelled.set(true);
            closed = true;
        });
        stage.setScene(new Scene(content()));
        fitPreviewTo(ScreenArea.of(owner));
        // A long Output line (a picture many screens tall says what to choose instead) wraps to several lines: the
        // window, sized for one, had left Export and Cancel on its bottom edge.
        sizeLabel.heightProperty().addListener((o, was, now) -> growToHoldTheForm());
        wire();
        refreshPreview();
    }

    /**
     * On a narrow screen the preview gives way: at 1024 px the dialog was wider than the screen,
     * its labels off the left edge.
     */
    void fitPreviewTo(Rectangle2D screen) {
        Parent root = stage.getScene().getRoot();
        root.applyCss();
        // Window frames and a little air: the dialog keeps its edges on the screen.
        double over = root.prefWidth(-1) - (screen.getWidth() - 40);
        if (over > 0) {
            double width = Math.max(160, PREVIEW_WIDTH - over);
            preview.setFitWidth(width);
            previewPane.setPrefWidth(width);
        }
    }

    /** Grows the window, as far as its screen allows, to the height its content now asks for; never shrinks it. */
    private void growToHoldTheForm() {
        Scene scene = stage.getScene();
        if (!stage.isShowing() || scene == null) {
            return;
        }
        double need = scene.getRoot().prefHeight(scene.getWidth()) - scene.getHeight();
        if (need <= 0.5) {
            return;
        }
        Rectangle2D screen = ScreenArea.of(stage);
        double height = Math.min(stage.getHeight() + need, screen.getHeight());
        if (stage.getY() + height > screen.getMaxY()) {
            stage.setY(Math.max(screen.getMinY(), screen.getMaxY() - height));
        }
        stage.setHeight(height);
    }

    /** Opens the dialog and returns at once; the export happens when the user confirms. */
    public void show() {
        CentredOnOwner.place(stage);
        stage.show();
    }

    /** Opens the dialog and waits until it closes. */
    public void showAndWait() {
        stage.showAndWait();
    }

    /** The dialog's window, for tests and for callers that want to position it. */
    public Stage stage() {
        return stage;
    }

    private BorderPane content() {
        view.getItems().setAll(View.values());
        view.setValue(lastView);
        view.setId("exportView");
        view.setConverter(new StringConverter<>() {
            @Override
            public String toString(View v) {
                return v == null ? "" : v.label();
            }

            @Override
            public View fromString(String text) {
                return View.byId(text).orElse(View.TIMELINE);
            }
        });
        format.getItems().setAll(ImageFormat.values());
        format.setValue(lastFormat);
        format.setId("exportFormat");
        theme.getItems().setAll("light", "dark", "print");
        theme.setValue(lastPrint ? "print" : state.darkProperty().get() ? "dark" : "light");
        theme.setId("exportTheme");
        range.getItems().setAll(RangeChoice.values());
        range.setValue(lastRange);
        range.setId("exportRange");
        range.setConverter(new StringConverter<>() {
            @Override
            public String toString(RangeChoice c) {
                Dataset data = state.dataset();
                if (c == RangeChoice.FOCUS && data != null && data.focus().isPresent()) {
                    return "Focus period (" + data.focus().get().label() + ")";
                }
                ExplorerState.TimeWindow window = state.timeWindowProperty().get();
                if (c == RangeChoice.CURRENT_VIEW && data != null && window != null) {
                    // Named as the focus period is: "Current view" alone did not say which days it would draw.
                    return "Current view (" + CurrentViewText.of(window.start(), window.end(), data.zone()) + ")";
                }
                return c == null ? "" : c.toString();
            }

            @Override
            public RangeChoice fromString(String text) {
                return RangeChoice.FOCUS;
            }
        });
        shape.getItems().setAll(DashboardShape.values());
        shape.setValue(DashboardShape.WIDE);
        shape.setId("exportShape");
        paper.getItems().setAll(Paper.values());
        paper.setValue(Paper.forLocale(Locale.getDefault()));
        paper.setId("exportPaper");
        orientation.getItems().setAll(PageSetup.Orientation.values());
        orientation.setValue(PageSetup.Orientation.AUTO);
        orientation.setId("exportOrientation");
        // Words, not the enum's names: the box read "AUTO" beside "A4".
        orientation.setConverter(new StringConverter<>() {
            @Override
            public String toString(PageSetup.Orientation o) {
                return o == null ? "" : switch (o) {
                    case AUTO -> "Turned to fit";
                    case LANDSCAPE -> "Landscape";
                    case PORTRAIT -> "Portrait";
                };
            }

            @Override
            public PageSetup.Orientation fromString(String text) {
                return PageSetup.Orientation.AUTO;
            }
        });
        shape.disableProperty().bind(Bindings.createBooleanBinding(
                () -> view.getValue() == null || !view.getValue().isSlide(), view.valueProperty()));
        // A 16:9 or 4:3 slide's PDF is a page of its own shape, whatever the paper (decision 0143): the row was
        // live for it and changed nothing. Greyed there, the Output line says why; back for paper's views.
        BooleanBinding paperApplies = Bindings.createBooleanBinding(() -> format.getValue() == ImageFormat.PDF
                        && view.getValue() != null && ImageRequest.of(view.getValue(), ImageFormat.PDF)
                        .withShape(shape.getValue()).onPaper(),
                format.valueProperty(), view.valueProperty(), shape.valueProperty());
        paper.disableProperty().bind(paperApplies.not());
        orientation.disableProperty().bind(paperApplies.not());
        filters.setId("exportFilters");
        filters.setSelected(true);
        followWhetherAnyFilterIsSet();
        marked.setId("exportMarkSelected");
        marked.setDisable(state.selectedEventProperty().get() == null);
        title.setPromptText("Default: the view and the dataset's title");
        title.setId("exportTitle");
        // As --title: one line, no escapes or reordering marks, and no longer than a figure holds.
        OneLineField.limit(title, TITLE_LONGEST);
        width.setEditable(true);
        WholeNumberField.limit(width);
        width.setPrefWidth(110);
        width.setId("exportWidth");

        HBox sizes = new HBox(8);
        sizes.setAlignment(Pos.CENTER_LEFT);
        for (int n = 1; n <= 3; n++) {
            RadioButton b = new RadioButton(n + "×");
            b.setUserData(n);
            b.setId("exportScale" + n);
            b.setToggleGroup(size);
            sizes.getChildren().add(b);
        }
        exact.setToggleGroup(size);
        exact.setId("exportExactWidth");
        sizes.getChildren().addAll(exact, width, new Label("px"));
        size.selectToggle(size.getToggles().get(lastSize));
        width.getValueFactory().setValue(lastWidth);
        // Paper has its own size: a PDF is laid on the sheet the paper row names.
        sizes.disableProperty().bind(format.valueProperty().isEqualTo(ImageFormat.PDF));

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        int row = 0;
        form.addRow(row++, new Label("View"), view);
        form.addRow(row++, new Label("Format"), format);
        form.addRow(row++, new Label("Size"), sizes);
        form.addRow(row++, new Label("Theme"), theme);
        form.addRow(row++, new Label("Range"), range);
        // Greyed with nothing said, the row read as broken for the views that are not slides.
        Label shapeNote = new Label(SHAPE_NOT_A_SLIDE);
        shapeNote.setId("exportShapeNote");
        shapeNote.setWrapText(true);
        shapeNote.setMinHeight(Label.USE_PREF_SIZE);
        shapeNote.setMaxWidth(300);
        shapeNote.visibleProperty().bind(shape.disableProperty());
        shapeNote.managedProperty().bind(shapeNote.visibleProperty());
        HBox shapeRow = new HBox(8, shape, shapeNote);
        shapeRow.setAlignment(Pos.CENTER_LEFT);
        form.addRow(row++, new Label("Slide shape"), shapeRow);
        form.addRow(row++, new Label("PDF paper"), new HBox(6, paper, orientation));
        form.addRow(row++, new Label(""), new HBox(16, filters, marked));
        form.addRow(row++, new Label("Title"), title);
        form.addRow(row, new Label("Output"), sizeLabel);
        sizeLabel.setId("exportSize");
        // Room for the warning an exact width can bring, on two lines rather than cut.
        sizeLabel.setWrapText(true);
        sizeLabel.setMaxWidth(380);
        sizeLabel.setMinHeight(Label.USE_PREF_SIZE);

        preview.setId("exportPreview");
        preview.setPreserveRatio(true);
        preview.setFitWidth(PREVIEW_WIDTH);
        preview.setFitHeight(420);
        previewPane.getChildren().setAll(preview);
        previewPane.setPrefSize(PREVIEW_WIDTH, 420);
        previewPane.setStyle("-fx-border-color: -color-border-default, transparent;");

        exportButton.setId("exportConfirm");
        exportButton.setDefaultButton(true);
        exportButton.setOnAction(e -> chooseFileAndExport());
        cancelButton.setId("exportCancel");
        cancelButton.setCancelButton(true);
        // Cancel while the file is being written gives the export up: the file there stays as it was.
        cancelButton.setOnAction(e -> {
            cancelExport.set(true);
            stage.close();
        });
        HBox buttons = new HBox(8, cancelButton, exportButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        previewNote.setId("exportPreviewNote");
        previewNote.setWrapText(true);
        previewNote.maxWidthProperty().bind(previewPane.prefWidthProperty());
        VBox previewColumn = new VBox(6, previewPane, previewNote);

        BorderPane root = new BorderPane();
        root.setLeft(form);
        root.setCenter(previewColumn);
        root.setBottom(buttons);
        BorderPane.setMargin(previewColumn, new Insets(0, 0, 0, 16));
        BorderPane.setMargin(buttons, new Insets(12, 0, 0, 0));
        root.setPadding(new Insets(16));
        // Enter on a focused check box had toggled it (the filters off) instead of exporting.
        DialogKeys.enterFires(root, exportButton, Set.of(), () -> Stream.of(
                view, format, theme, range, shape, paper, orientation).anyMatch(ComboBox::isShowing));
        return root;
    }

    private void wire() {
        Observable[] options = {view.valueProperty(), format.valueProperty(), size.selectedToggleProperty(),
            width.valueProperty(), theme.valueProperty(), range.valueProperty(), shape.valueProperty(),
            paper.valueProperty(), orientation.valueProperty(), filters.selectedProperty(), marked.selectedProperty(),
            title.textProperty(), state.filterProperty()};
        for (Observable o : options) {
            o.addListener(x -> refreshPreview());
        }
        width.disableProperty().bind(exact.selectedProperty().not());
        state.timeWindowProperty().addListener((o, was, now) -> offerRanges());
        offerRanges();
    }

    /**
     * With no filter set the box is greyed and unticked, as the data export's is: ticked and live, it
     * offered to apply filters there were none of. The choice comes back with the first filter.
     */
    private void followWhetherAnyFilterIsSet() {
        boolean[] wanted = {true};
        Runnable follow = () -> {
            var f = state.filterProperty().get();
            boolean none = f == null || f.isEmpty();
            if (none && !filters.isDisabled()) {
                wanted[0] = filters.isSelected();
            }
            filters.setDisable(none);
            filters.setSelected(!none && wanted[0]);
        };
        filters.selectedProperty().addListener((o, was, now) -> {
            if (!filters.isDisabled()) {
                wanted[0] = now;
            }
        });
        state.filterProperty().addListener((o, was, now) -> follow.run());
        follow.run();
    }

    /** "Current view" only makes sense once the timeline has shown a window. */
    private void offerRanges() {
        RangeChoice keep = range.getValue();
        range.getItems().setAll(choices());
        // A time range typed in the Filters pane framed the timeline on its days: the picture shows
        // them too, not four empty columns of the focus period around them.
        if (!rangeOffered && typedRange() && range.getItems().contains(RangeChoice.CURRENT_VIEW)) {
            keep = RangeChoice.CURRENT_VIEW;
        }
        rangeOffered = true;
        range.setValue(keep != null && range.getItems().contains(keep) ? keep : RangeChoice.FOCUS);
    }

    /** Whether the Filters pane holds a time range with both ends. */
    private boolean typedRange() {
        var f = state.filterProperty().get();
        return f != null && f.from() != null && f.to() != null;
    }

    private RangeChoice[] choices() {
        return state.timeWindowProperty().get() == null
                ? new RangeChoice[] {RangeChoice.FOCUS, RangeChoice.EVERYTHING}
                : RangeChoice.values();
    }

    /** The export the form describes; empty while there is no dataset to draw. */
    CheckBox markSelectedBox() {
        return marked;
    }

    Optional<ImageRequest> request() {
        Dataset data = state.dataset();
        if (data == null) {
            return Optional.empty();
        }
        ImageRequest r = ImageRequest.of(view.getValue(), format.getValue())
                .withSizing(sizing())
                .withTheme(Theme.named(theme.getValue()))
                .withTitle(title.getText())
                .withShape(shape.getValue())
                .withPage(new PageSetup(paper.getValue(), orientation.getValue()));
        if (filters.isSelected()) {
            r = r.withFilter(state.filterProperty().get());
        }
        if (marked.isSelected() && !marked.isDisabled()) {
            r = r.withSelectedEvent(state.selectedEventProperty().get());
        }
        RangeChoice choice = range.getValue() == null ? RangeChoice.FOCUS : range.getValue();
        ExplorerState.TimeWindow window = state.timeWindowProperty().get();
        return Optional.of(switch (choice) {
            case FOCUS -> r;
            case EVERYTHING -> r.withEverything();
            case CURRENT_VIEW -> window == null ? r : r.withCurrentView(new TimeWindow(window.start(), window.end()));
        });
    }

    private Sizing sizing() {
        if (size.getSelectedToggle() == exact) {
            Integer px = width.getValue();
            return Sizing.width(px == null ? 3840 : Math.max(16, Math.min(Sizing.MAX_WIDTH, px)));
        }
        Object n = size.getSelectedToggle() == null ? null : size.getSelectedToggle().getUserData();
        return Sizing.scale(n instanceof Integer i ? i : 1);
    }

    private void refreshPreview() {
        if (closed) {
            return;
        }
        long generation = ++previewGeneration;
        Dataset data = state.dataset();
        Optional<ImageRequest> wanted = request();
        exportButton.setDisable(wanted.isEmpty());
        if (wanted.isEmpty()) {
            return;
        }
        ImageRequest r = wanted.get();
        if (data.events().size() > ExplorerState.FILTER_AT_ONCE_LIMIT) {
            // Over 100,000 events a preview takes up to twenty seconds: the last one and its size had
            // stood as if they were this choice's ("1600 × 9115 px" for a picture of 532).
            sizeLabel.setText("Drawing the preview of " + CountText.count(data.events().size(), "event")
                    + "\u2026");
            preview.setOpacity(0.35);
        }
        // The one under way gives up at its next step: twenty thousand events in one week took a quarter
        // of a minute to draw, and every change of the form queued another whole drawing behind it.
        previewCancelled.set(true);
        AtomicBoolean cancelled = new AtomicBoolean();
        previewCancelled = cancelled;
        double heightPerWidth = preview.getFitHeight() / preview.getFitWidth();
        worker.submit(() -> {
            Previews.Preview drawn = renderer.render(data, r, PREVIEW_WIDTH, heightPerWidth, cancelled::get);
            // Made JavaFX's here, not on the JavaFX thread: copying a tall bitmap's pixels there froze the window.
            return new Rendered(SwingFXUtils.toFXImage(drawn.image(), null), drawn);
        }).whenComplete((done, error) -> {
                    if (generation != previewGeneration) {
                        return;
                    }
                    preview.setOpacity(1);
                    if (error != null) {
                        preview.setImage(null);
                        previewNote.setText("");
                        sizeLabel.setText(ErrorDialogs.message(error));
                        exportButton.setDisable(true);
                        return;
                    }
                    preview.setImage(done.image());
                    previewNote.setText(done.drawn().top()
                            ? "Preview: only the top of the picture. The file has all of it." : "");
                    sizeLabel.setText(done.drawn().size() + (r.format() == ImageFormat.PDF ? " pt" : " px")
                            + (r.format() == ImageFormat.PDF && !r.onPaper() ? SLIDE_PAGE : "")
                            + smallTextWarning(done.drawn().size(), done.drawn().oneTimes())
                            + TallPicture.note(done.drawn().size(), r.format(), Runtime.getRuntime().maxMemory()));
                    exportButton.setDisable(false);
                });
    }

    /** After the size of a 16:9 or 4:3 slide's PDF: why the PDF paper row is greyed, and what prints on paper. */
    /** Beside the greyed slide shape: which views it is for, and what the others take instead. */
    static final String SHAPE_NOT_A_SLIDE = "For the dashboard and the timeline slide; this view takes the shape "
            + "its contents need";

    static final String SLIDE_PAGE = ", a page of the slide's own shape; to print on paper, choose the slide shape A4";

    /** A preview as the dialog shows it: already a JavaFX image. */
    private record Rendered(Image image, Previews.Preview drawn) {
    }

    /** Below this the labels of a picture scaled to an exact width are too small to read on a slide. */
    static final double SMALLEST_READABLE_TEXT_PX = 9;

    /**
     * An exact width scales the whole picture: at 800 px a timeline laid out for 1,600 has 6 px
     * labels. Said beside the size, so no one finds out on the projector.
     */
    static String smallTextWarning(ImageSize size, ImageSize oneTimes) {
        if (oneTimes == null || oneTimes.width() <= 0) {
            return "";
        }
        double text = 12.0 * size.width() / oneTimes.width();
        return text < SMALLEST_READABLE_TEXT_PX ? String.format(Locale.ROOT,
                " \u2014 text about %.0f px tall, too small to read; choose a width of %d px or more",
                Math.floor(text), (int) Math.ceil(oneTimes.width() * SMALLEST_READABLE_TEXT_PX / 12.0)) : "";
    }

    private void chooseFileAndExport() {
        request().ifPresent(r -> ImageFileChooser.ask(stage, r.view(), r.format())
                .ifPresent(path -> exportTo(path)));
    }

    /** Writes the current request to {@code target} off the JavaFX thread; closes the dialog when done. */
    void exportTo(Path chosen) {
        Dataset data = state.dataset();
        Optional<ImageRequest> wanted = request();
        if (data == null || wanted.isEmpty()) {
            return;
        }
        // The save dialog asked about the name it returned; one with the extension added is asked about here.
        // A name the rule refuses ("x.png" for a PDF) is said, and the dialog stays for another try.
        Path target;
        try {
            target = wanted.get().format().fileFor(chosen);
        } catch (ExportException refused) {
            ErrorDialogs.show(stage, "The image could not be exported", refused, "");
            return;
        }
        lastView = wanted.get().view();
        lastFormat = wanted.get().format();
        lastRange = range.getValue();
        lastPrint = "print".equals(theme.getValue());
        lastSize = Math.max(0, size.getToggles().indexOf(size.getSelectedToggle()));
        lastWidth = width.getValue();
        exportButton.setDisable(true);
        AtomicBoolean cancelled = new AtomicBoolean();
        cancelExport = cancelled;
        OverwriteQuestion.run(stage, chosen, overwrite -> worker.submit(() -> engine.export(data, wanted.get(), target,
                overwrite, cancelled::get)), (written, error) -> {
            exportButton.setDisable(false);
            Throwable cause = error == null ? null : ErrorDialogs.unwrap(error);
            if (cause instanceof CancellationException) {
                return;   // the user cancelled: nothing was written, and nothing to say
            }
            if (cause != null) {
                // A file the system refused wants another place; anything else (too large, no
                // events) another choice in this dialog.
                boolean fileProblem = cause instanceof IOException
                        || cause.getCause() instanceof IOException;
                ErrorDialogs.show(stage, "The image could not be exported", error, fileProblem
                        ? "Choose another folder or file name and try again."
                        : "Choose a smaller size, or fewer filters, and try again.");
            } else {
                stage.close();
                String renamed = SavedName.renamingNote(chosen, target);
                ExportDone.show(stage.getOwner(), "Image saved", List.of(target), written
                        + (wanted.get().format() == ImageFormat.PDF ? " pt" : " px") + (renamed.isEmpty() ? "" : ". " + renamed));
            }
        }, () -> exportButton.setDisable(false));
    }

    /** The preview currently shown, or null before the first render. */
    Image previewImage() {
        return preview.getImage();
    }
}
