package org.parley.ui.present;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.parley.export.handout.Step;
import org.parley.export.handout.StepMap;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.model.Dataset;
import org.parley.render.Painter;
import org.parley.render.Theme;
import org.parley.render.map.MapLabel;
import org.parley.render.map.MapPainter;
import org.parley.render.map.MapScene;
import org.parley.render.map.UnnamedMarks;
import org.parley.ui.canvas.FxPainter;
import org.parley.ui.support.BackgroundThread;

/**
 * One slide: the step's title, date and place, its quote (or summary), the map of what the step is
 * about (none when it is about no place) and the timeline strip over the step's period. Every text,
 * painted art included, is at least 3 % of the window's height (22 px at 720p), so the slide reads
 * from the back of a classroom.
 */
final class SlideView extends StackPane {

    static final String STYLE_CLASS = "presentation";
    static final String DARK = "dark";
    private static final String FAMILY = "DejaVu Sans";
    /** The gap between the date and a filter note in its row, in hundredths of the slide's height. */
    private static final double NOTE_GAP_U = 3;
    /** The smallest text on a slide as a share of its height: 3 %, rounded up to whole px. */
    static final double MIN_TEXT_SHARE = 0.03;
    /** The floor for small windows: 3 % of 720 rounded up. */
    static final double MIN_TEXT_PX = 22;
    /** The smallest type the map and timeline painters use at zoom 1. */
    static final double SMALLEST_ART_FONT = 10;
    /** The timeline strip's share of the slide's height. */
    static final double STRIP_SHARE = 0.26;
    /** The most a strip takes for a step whose lanes need more: "what comes next" has a few lines of words. */
    static final double MAX_STRIP_SHARE = 0.5;

    private final Label title = label("slide-title");
    private final Label meta = label("slide-meta");
    private final Label counter = label("slide-counter");
    private final Label filterNote = label("slide-filter-note");
    /** The same note in the date's row, where it fits there whole: a line of its own is a line the words lose. */
    private final Label rowNote = label("slide-filter-note");
    private final Label quote = label("slide-quote");
    private final Label speaker = label("slide-speaker");
    private final Label summary = label("slide-summary");
    private final Label overlay = label("slide-overlay");
    /**
     * A passing note ("Go to step 34 — Enter", "No step 99…", "This is the first step…"), laid over the
     * slide rather than in it: taking its room from the date's row, it wrapped the date onto a second line at each
     * digit typed, and the words, the map and its labels jumped down and back in front of the class.
     */
    private final Label notice = label("slide-overlay");
    private final Region blank = new Region();
    private final GridPane keys = new GridPane();
    private final StepCanvas map = new StepCanvas("slide-map");
    /** The map and, under it, what the map marks but could not name. */
    private final MapColumn mapColumn;
    private final StepCanvas strip = new StepCanvas("slide-timeline");
    /** A context step's list, in the quotation's place: its items' wrapped lines hang under their text. */
    private final ItemList items = new ItemList();
    private final VBox words = new VBox(quote, items, speaker, summary);
    private final HBox body;
    private final BorderPane slide = new BorderPane();

    private final Dataset dataset;
    private final List<Step> steps;
    private final ProjectedBasemap basemap;
    private final TimelineStrip timeline;
    /** Measures the strip's titles for the height they need; never drawn on. */
    private final FxPainter measuring = new FxPainter(new Canvas().getGraphicsContext2D());
    private final MapPainter mapPainter = new MapPainter();
    private final SlideMaps maps;
    /** The map last painted, kept on the slide until the next step's own is made. */
    private MapScene lastScene;
    private DrawnMap drawnMap;
    private final TextFit fit = new TextFit();
    private final VBox header;
    private Step step;
    private String quoteWhole = "";
    /** A context step's lines, shown as {@link #items} rather than in the quotation's label; empty otherwise. */
    private List<String> listWhole = List.of();
    private String quoteClosing = "";
    private String summaryWhole = "";
    private boolean hasMap;
    private boolean dark;
    private boolean quoteHidden;
    /** The counter's text as the slide's layout measures it: with {@link #QUOTE_NEXT} for a whole step in reveal mode. */
    private String counterRoom = "";

    SlideView(Dataset dataset, List<Step> steps, ProjectedBasemap basemap) {
        this(dataset, PreparedDeck.of(dataset, steps), basemap);
    }

    SlideView(Dataset dataset, PreparedDeck deck, ProjectedBasemap basemap) {
        this.dataset = dataset;
        this.steps = deck.steps();
        this.basemap = basemap;
        this.timeline = deck.strip();
        this.maps = new SlideMaps(basemap, dataset, steps, BackgroundThread.compute());
        this.mapColumn = new MapColumn(map, fit);
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(SlideView.class.getResource("presentation.css").toExternalForm());

        title.setWrapText(true);
        quote.setWrapText(true);
        summary.setWrapText(true);
        // "— Sergei A. Ryabkov, in The New York Times" is wider than a column beside the map.
        speaker.setWrapText(true);
        // Sized by fit(): the quotation never squeezed below its lines, the summary given what is left.
        quote.setMinHeight(Region.USE_PREF_SIZE);
        speaker.setMinHeight(Region.USE_PREF_SIZE);
        summary.setMinHeight(0);
        for (Label l : List.of(title, meta, counter, filterNote, rowNote, quote, speaker, summary)) {
            // Only a safety net: fit() shortens at a word boundary itself before a label must.
            l.setTextOverrun(OverrunStyle.WORD_ELLIPSIS);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // The autoplay and "go to" notes sit in the date's row beside the counter, where they
        // never cover a title however long it wraps.
        overlay.managedProperty().bind(overlay.visibleProperty());
        // A filtered presentation says so on every slide, in a line of its own under the date, as a
        // filtered handout says it on its title page: a class must not take a teacher's selection for
        // the whole week. Beside the counter it ran into the place ("BrusselsFiltered: …") and was cut
        // before its time range.
        for (Label note : List.of(filterNote, rowNote)) {
            note.managedProperty().bind(note.visibleProperty());
            note.setVisible(false);
        }
        filterNote.setMaxWidth(Double.MAX_VALUE);
        rowNote.setMinWidth(Region.USE_PREF_SIZE);
        // The date, place and caveats wrap under themselves rather than widen the slide past its window
        // ("… · photo caption, not reporting · day or place inferred" at 1024 × 768).
        meta.setWrapText(true);
        meta.setMinWidth(0);
        meta.setMinHeight(Region.USE_PREF_SIZE);
        counter.setMinWidth(Region.USE_PREF_SIZE);
        // The autoplay note is read whole ("▶ Autoplay · 8 s"); the date beside it wraps instead.
        overlay.setMinWidth(Region.USE_PREF_SIZE);
        HBox metaRow = new HBox(meta, rowNote, spacer, overlay, counter);
        metaRow.setAlignment(Pos.BASELINE_LEFT);
        header = new VBox(title, metaRow, filterNote);
        slide.setTop(header);

        words.setMinWidth(0);
        words.setFillWidth(true);
        map.setMinSize(0, 0);
        body = new HBox(words, mapColumn);
        HBox.setHgrow(mapColumn, Priority.ALWAYS);
        slide.setCenter(body);
        slide.setBottom(strip);

        overlay.setVisible(false);
        overlay.setMouseTransparent(true);
        blank.getStyleClass().add("slide-blank");
        blank.setVisible(false);
        // Two columns, the keys and what they do, each lined up: tabs in one label did not align.
        keys.getStyleClass().add("slide-keys");
        String[] rows = KEYS.split("\n");
        for (int i = 0; i < rows.length; i++) {
            String[] cells = rows[i].split("\t");
            keys.addRow(i, new Label(cells[0]), new Label(cells[1]));
        }
        keys.setVisible(false);
        keys.setMouseTransparent(true);
        keys.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        notice.setManaged(false);
        notice.setMouseTransparent(true);
        notice.setVisible(false);
        getChildren().addAll(slide, fit.probe(), notice, keys, blank);

        heightProperty().addListener((o, was, now) -> resize());
        widthProperty().addListener((o, was, now) -> resize());
        map.setArt((p, w, h) -> paintMap(p, w, h));
        strip.setArt((p, w, h) -> {
            if (step != null) {
                timeline.paint(p, step, w, h, artZoom(), theme());
            }
        });
    }

    private static Label label(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        return l;
    }

    /** Shows {@code next}; with {@code hideQuote} its quotation waits for {@link #revealQuote}. */
    void show(Step next, boolean hideQuote) {
        step = next;
        quoteHidden = hideQuote && next.hasQuote();
        // Measured with the cue while the quotation waits, so revealing it moves nothing on the slide.
        counterRoom = next.counter() + (quoteHidden ? QUOTE_NEXT : "");
        title.setText(next.title());
        meta.setText(next.dateAndPlace());
        counter.setText(next.counter());
        if (next.hasQuote()) {
            quoteWhole = next.quoteOpening() + next.quoteText();
            quoteClosing = next.quoteClosing();
            speaker.setText(next.credit().isEmpty() ? "" : "\u2014 " + next.credit());
            summaryWhole = next.summary();
        } else {
            // No quotation: the summary takes the quote's place and size.
            quoteWhole = next.summary();
            quoteClosing = "";
            speaker.setText("");
            summaryWhole = "";
        }
        listWhole = next.isContext() ? ItemList.items(quoteWhole) : List.of();
        quote.setManaged(listWhole.isEmpty());
        items.setManaged(!listWhole.isEmpty());
        items.setVisible(items.isManaged());
        // Its rows made here, not in the layout pass: rows made there had no style until the next pulse.
        items.show(listWhole, quote.getFont());
        speaker.setManaged(!speaker.getText().isEmpty());
        speaker.setVisible(speaker.isManaged());
        hasMap = StepMap.hasMap(dataset, next);
        // The caption's room, if this step's map at the column's size is already known, is laid out with the step.
        mapColumn.show(next.number() - 1, captionLines(next.number() - 1).orElse(mapColumn.lines()));
        showQuote(!quoteHidden);
        resize();
        map.repaint();
        strip.repaint();
    }

    void show(Step next) {
        show(next, false);
    }

    /** Whether the current step's quotation is still waiting to be revealed. */
    boolean quoteHidden() {
        return quoteHidden;
    }

    void revealQuote() {
        quoteHidden = false;
        showQuote(true);
        // The words come in beside the map, which had their room while they waited.
        requestLayout();
    }

    private void showQuote(boolean on) {
        // Kept in the layout while hidden, so revealing it does not move the rest of the slide.
        quote.setVisible(quote.isManaged() && (on || !step.hasQuote()));
        speaker.setVisible(speaker.isManaged() && (on || !hasMap));
        // The summary waits too: it often tells in other words what the quotation says.
        summary.setVisible(summary.isManaged() && (on || !step.hasQuote()));
        // The gap alone did not say whether the next click reveals the quotation or moves on.
        counter.setText(step.counter() + (on || !step.hasQuote() ? "" : QUOTE_NEXT));
    }

    /** After the counter while a quotation waits for the next click. */
    static final String QUOTE_NEXT = " \u00B7 quotation next";

    void setDark(boolean on) {
        dark = on;
        getStyleClass().remove(DARK);
        if (on) {
            getStyleClass().add(DARK);
        }
        map.repaint();
        strip.repaint();
    }

    /** Whether the slide is covered in black (the clicker's "blank screen"). */
    boolean blanked() {
        return blank.isVisible();
    }

    void setBlanked(boolean on) {
        blank.setVisible(on);
        // In front of anything shown over the slide since, the positions board included.
        blank.toFront();
    }

    /** Says on every slide what the filters kept ("Filtered: actor Wendy Sherman"); blank for the whole dataset. */
    void setFilterNote(String note) {
        filterNote.setText(note.isBlank() ? "" : note);
        rowNote.setText(filterNote.getText());
        filterNote.setVisible(!note.isBlank());
        rowNote.setVisible(false);
        requestLayout();
    }

    /** The filter note as shown: in the date's row or on a line of its own. */
    Label filterNoteLabel() {
        return rowNote.isVisible() ? rowNote : filterNote;
    }

    /** The keys a presenter has, as F1 shows them over the slide. */
    static final String KEYS = String.join("\n",
            "\u2192  Space  Page Down  click\tnext",
            "\u2190  Backspace  Page Up\tback",
            "Home  End\tfirst / last step",
            "3 4 Enter\tgo to step 34",
            "B  or  .\tblank the screen",
            "A   [   ]\tautoplay, faster, slower",
            "P\tthe positions board (P or Esc puts it away again)",
            "Ctrl+D\tdark or light slides",
            "F11\tfull screen again, or a window",
            "F1  or  H\tthese keys",
            "Esc\tleave (from the board after the last step too)");

    /** Whether the presenter's keys are shown over the slide. */
    boolean keysShown() {
        return keys.isVisible();
    }

    /** The panel the keys are listed on. */
    Region keysPanel() {
        return keys;
    }

    void setKeysShown(boolean on) {
        keys.setVisible(on);
        keys.toFront();
        blank.toFront();
    }

    /** The keys as shown, one "key  what" a line. */
    String keysText() {
        return KEYS.replace('\t', ' ');
    }

    /** Shows a passing note over the slide, by the counter, or hides it when blank; nothing on the slide moves. */
    void setNotice(String text) {
        if (text.equals(notice.getText()) && notice.isVisible() == !text.isBlank()) {
            return;
        }
        notice.setText(text);
        notice.setVisible(!text.isBlank());
        requestLayout();
    }

    /** Shows {@code text} (autoplay and its pace) in the date's row, or hides it when blank. */
    void setOverlay(String text) {
        if (text.equals(overlay.getText()) && overlay.isVisible() == !text.isBlank()) {
            return;
        }
        overlay.setText(text);
        overlay.setVisible(!text.isBlank());
        // The meta row gives the note its room only when the slide is fitted: unfitted, it read "▶ Autop…".
        resize();
    }

    Label titleLabel() {
        return title;
    }

    Label summaryLabel() {
        return summary;
    }

    Label quoteLabel() {
        return quote;
    }

    /** Every label of the slide, for checks on type size; a context step's list's after the others. */
    List<Label> labels() {
        List<Label> all = new ArrayList<>(List.of(title, meta, counter, quote, speaker, summary, overlay, notice,
                filterNote, rowNote, mapColumn.caption()));
        all.addAll(itemLabels());
        return all;
    }

    /** The quotation (or summary) as shown; for a context step, its list, one line an item. */
    String quoteText() {
        return items.isManaged() ? items.text() : quote.getText();
    }

    /** A context step's list as shown, bullets and items' texts in order; empty for an event step. */
    List<Label> itemLabels() {
        return items.isManaged() ? items.labels() : List.of();
    }

    Dataset dataset() {
        return dataset;
    }

    StepCanvas mapCanvas() {
        return map;
    }

    /** The size in px of the smallest text the map and strip paint. */
    double smallestArtTextPx() {
        return SMALLEST_ART_FONT * artZoom();
    }

    StepCanvas stripCanvas() {
        return strip;
    }

    /** What the day strip last drew, in its logical px: multiply by {@link #artScale} for the slide's px. */
    List<DayStrip.Text> stripTexts() {
        return timeline.days().lastTexts();
    }

    /** How many of the slide's px one logical px of the map and strip art takes. */
    double artScale() {
        return artZoom();
    }

    /** The timeline strip under every slide, for tests. */
    TimelineStrip timelineStrip() {
        return timeline;
    }

    Label overlayLabel() {
        return overlay;
    }

    Label noticeLabel() {
        return notice;
    }

    private Theme theme() {
        return dark ? Theme.DARK : Theme.LIGHT;
    }

    /** The strip's height on a slide {@code h} px high: its share, or more when the step's lanes need it. */
    private double stripHeight(double h) {
        double width = Math.max(1, getWidth() - 8 * h / 100);
        double needed = step == null ? 0 : timeline.heightShowingAll(step, width, leastTextPx(h) / SMALLEST_ART_FONT,
                h * MAX_STRIP_SHARE, measuring);
        return stripHeight(h, needed);
    }

    /** The strip's height on a slide {@code h} px high whose step needs {@code needed} px: never under its share. */
    static double stripHeight(double h, double needed) {
        return Math.max(h * STRIP_SHARE, Math.min(h * MAX_STRIP_SHARE, needed));
    }

    /** How much the painted art is enlarged so its smallest type is 3 % of the window's height. */
    private double artZoom() {
        return leastTextPx(getHeight()) / SMALLEST_ART_FONT;
    }

    /**
     * The smallest type for a slide {@code height} px high. Rounded up, since 3 % of 720 is 21.6
     * and a rule of "at least 3 %" is read in whole pixels: 22 px at 720p, 24 at 768, 33 at 1080.
     */
    static double leastTextPx(double height) {
        return Math.max(MIN_TEXT_PX, Math.ceil(MIN_TEXT_SHARE * height - 1e-9));
    }

    private void paintMap(Painter p, double w, double h) {
        if (step == null) {
            return;
        }
        double z = artZoom();
        int index = step.number() - 1;
        // The caption's room is fixed from maps made, not drawn, before the map is drawn (decision 0146): sized from
        // the map drawn above it, each caption line had shrunk the map, which then named less.
        SlideMaps.Key whole = wholeKey(index, w);
        CaptionRoom room = captionRoom(whole);
        Optional<Integer> lines = room.lines();
        if (lines.isEmpty()) {
            maps.request(room.waiting(), () -> {
                if (step != null && step.number() - 1 == index) {
                    map.repaint();
                }
            });
        } else if (lines.get() != mapColumn.lines()
                || Math.abs(h - Math.floor(mapColumn.getHeight() - mapColumn.room(lines.get()))) > 1) {
            // The canvas is laid out again at the height left and paints then; until then the stand-in shows.
            mapColumn.keep(lines.get());
            mapColumn.requestLayout();
            lines = Optional.empty();
        }
        SlideMaps.Key key = lines.isPresent() ? shrunkKey(whole, lines.get()) : whole;
        Optional<Optional<MapScene>> made = lines.isPresent() ? maps.ready(key) : Optional.empty();
        MapScene scene;
        if (made.isPresent()) {
            lastScene = made.get().orElse(null);
            scene = lastScene;
            // Made ahead as a neighbour, at the column's whole height: the steps beyond it are made ahead in turn.
            maps.around(whole, this::shrunkAhead);
        } else {
            if (lines.isPresent()) {
                maps.request(key, () -> {
                    if (step != null && step.number() - 1 == key.index()) {
                        map.repaint();
                    }
                });
            }
            // Until a step's own map is made, this step's made ahead at the last slide's size stands in, else a
            // first map of its own places made now: the one before had stood in, on a busy machine for seconds, a
            // step behind the story (and a blank map at every click had read as a fault).
            scene = maps.anySize(index).or(() -> StepMap.sketch(basemap, dataset, step, w / z, h / z))
                    .orElse(lastScene);
        }
        drawnMap = null;
        if (scene == null) {
            return;
        }
        // A stand-in made for another box is fitted into this one, never larger than its own size: drawn
        // at its own size it was cut (Crimea, Georgia and the credit at the right edge of a narrower box).
        double sw = scene.viewport().width();
        double sh = scene.viewport().height();
        double f = made.isPresent() ? z : Math.min(z, Math.min(w / sw, h / sh));
        double x = made.isPresent() ? 0 : (w - sw * f) / 2;
        double y = made.isPresent() ? 0 : (h - sh * f) / 2;
        p.save();
        p.translate(x, y);
        p.scale(f, f);
        mapPainter.paint(p, scene, theme());
        p.restore();
        drawnMap = new DrawnMap(scene, made.isPresent(), x, y, sw * f, sh * f);
        if (made.isPresent()) {
            // Said under the map from what this map's labeller left unnamed, not from a guess of it.
            mapColumn.mapDrawn(index, mapPainter.lastUnnamed());
        }
    }

    /** The map of step {@code index} at the map column's whole height, in the art's logical px. */
    private SlideMaps.Key wholeKey(int index, double canvasWidth) {
        double z = artZoom();
        return SlideMaps.Key.of(index, canvasWidth / z, Math.floor(mapColumn.getHeight()) / z);
    }

    /** The map of {@code whole}'s step with {@code lines} of caption under it. */
    private SlideMaps.Key shrunkKey(SlideMaps.Key whole, int lines) {
        double left = lines == 0 ? mapColumn.getHeight() : mapColumn.getHeight() - mapColumn.room(lines);
        return SlideMaps.Key.of(whole.index(), whole.width(), Math.floor(left) / artZoom());
    }

    /** The caption lines step {@code index} keeps under its map at the column's present size, if known yet. */
    private Optional<Integer> captionLines(int index) {
        return mapColumn.getWidth() < 1 ? Optional.empty()
                : captionLines(wholeKey(index, Math.floor(mapColumn.getWidth())));
    }

    private Optional<Integer> captionLines(SlideMaps.Key whole) {
        return captionRoom(whole).lines();
    }

    /**
     * The caption's lines under {@code whole}'s map once known, else the map still to be made to know them.
     *
     * @param lines   the lines, once the maps they depend on are made
     * @param waiting the map to be made first, while {@code lines} is empty
     */
    private record CaptionRoom(Optional<Integer> lines, SlideMaps.Key waiting) {
    }

    /**
     * The caption lines under the map of {@code whole}'s step, once the maps they depend on are made: none when the
     * map at the whole height names all it marks, else the lines its caption takes; then, while the map left above
     * those lines leaves more unsaid than they hold, one line more (or as many as its caption takes), up to the most a
     * caption may take ({@link MapColumn#mostLines}). Each count comes from a map made, and only grows (decision 0146).
     * Fixed from the map at the whole height alone, step 29 at 1024x768 kept two lines for Crimea's, and its smaller
     * map left Geneva and Moscow unnamed with no line to say them.
     */
    private CaptionRoom captionRoom(SlideMaps.Key whole) {
        double width = Math.max(1, mapColumn.getWidth());
        Optional<UnnamedMarks> atWhole = maps.unsaid(whole);
        if (atWhole.isEmpty()) {
            return new CaptionRoom(Optional.empty(), whole);
        }
        int lines = mapColumn.linesFor(atWhole.get(), width);
        while (lines > 0) {
            SlideMaps.Key shrunk = shrunkKey(whole, lines);
            Optional<UnnamedMarks> left = maps.unsaid(shrunk);
            if (left.isEmpty()) {
                return new CaptionRoom(Optional.empty(), shrunk);
            }
            if (mapColumn.wholeIn(left.get(), lines, width)) {
                break;
            }
            int more = Math.min(mapColumn.mostLines(left.get(), width),
                    Math.max(lines + 1, mapColumn.linesFor(left.get(), width)));
            if (more <= lines) {
                break;
            }
            lines = more;
        }
        return new CaptionRoom(Optional.of(lines), null);
    }

    /** A neighbour's map at the column's whole height is made: the maps its caption's lines depend on are made too. */
    private void shrunkAhead(SlideMaps.Key whole) {
        CaptionRoom room = captionRoom(whole);
        if (room.lines().isEmpty()) {
            maps.ahead(room.waiting(), () -> shrunkAhead(whole));
        }
    }

    /** What the map last drawn left unnamed: for tests. */
    UnnamedMarks mapUnnamed() {
        return mapPainter.lastUnnamed();
    }

    /** The map and the caption under it: for tests. */
    MapColumn mapColumn() {
        return mapColumn;
    }

    /** The caption under the map: what it marks but could not name, and what Crimea's dashed outline is. */
    Label mapCaption() {
        return mapColumn.caption();
    }

    /** Where the slide last drew a map in its canvas, in px, and whether it was the step's own at the box's size. */
    record DrawnMap(MapScene scene, boolean own, double x, double y, double width, double height) {
    }

    /** The map last drawn, or null when none was. */
    DrawnMap drawnMap() {
        return drawnMap;
    }

    /** The labels of the map last drawn, where they were drawn: for tests. */
    List<MapLabel> mapLabels() {
        return mapPainter.lastLabels();
    }

    /** The slide's maps, made and under way: for tests. */
    SlideMaps slideMaps() {
        return maps;
    }

    /** Type sizes in px as a share of the window's height: a 1080p slide gets a 54 px title. */
    private void resize() {
        double h = Math.max(1, getHeight());
        double u = h / 100;
        double least = leastTextPx(h);
        title.setFont(Font.font(FAMILY, FontWeight.BOLD, Math.max(least, 5 * u)));
        meta.setFont(Font.font(FAMILY, least));
        counter.setFont(Font.font(FAMILY, least));
        filterNote.setFont(Font.font(FAMILY, least));
        rowNote.setFont(Font.font(FAMILY, least));
        speaker.setFont(Font.font(FAMILY, FontWeight.BOLD, least));
        summary.setFont(Font.font(FAMILY, least));
        mapColumn.setFont(Font.font(FAMILY, least));
        overlay.setFont(Font.font(FAMILY, FontWeight.BOLD, least));
        notice.setFont(Font.font(FAMILY, FontWeight.BOLD, least));
        for (Node cell : keys.getChildren()) {
            ((Label) cell).setFont(Font.font(FAMILY, least));
        }
        keys.setHgap(2 * u);
        keys.setVgap(0.3 * u);
        keys.setPadding(new Insets(2 * u, 3 * u, 2 * u, 3 * u));

        slide.setPadding(new Insets(3 * u, 4 * u, 2 * u, 4 * u));
        ((VBox) slide.getTop()).setSpacing(0.6 * u);
        BorderPane.setMargin(slide.getTop(), new Insets(0, 0, 2.5 * u, 0));
        BorderPane.setMargin(strip, new Insets(2 * u, 0, 0, 0));
        words.setSpacing(1.6 * u);
        body.setSpacing(3 * u);
        HBox.setMargin(overlay, new Insets(0, 2 * u, 0, 2 * u));
        HBox.setMargin(rowNote, new Insets(0, 0, 0, NOTE_GAP_U * u));
        double contentWidth = Math.max(1, getWidth() - 8 * u);
        // A row of day names, a few rows of event blocks and the step's title under them.
        strip.setPrefHeight(stripHeight(h));
        strip.setMinHeight(stripHeight(h));
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        // Here, not in resize(): only after the style sheets have reached the labels do they measure true.
        if (step != null) {
            double h = Math.max(1, getHeight());
            double u = h / 100;
            double least = leastTextPx(h);
            double width = Math.max(1, getWidth() - 8 * u);
            placeFilterNote(width, u);
            // Without a map the words have the whole slide: a larger quotation and summary if they
            // fit it whole (at 3.6 % and 3 % of the height they had filled half of it, the rest left empty).
            if (!hasMap && fitLarger(h, width, u, least)) {
                super.layoutChildren();
                // Here too: returning before it, a slide without a map never placed the note, so "Go to step 12"
                // was not seen, or stayed where a slide with a longer date line had put it, over the words.
                placeNotice();
                return;
            }
            bodySize(least);
            // A context step's list too is read from the back of the room: as large as fits, not the least size.
            fitWords(h, width, Math.max(least, 3.6 * u), least);
        }
        super.layoutChildren();
        placeNotice();
    }

    /**
     * The passing note beside the counter where the date's line leaves it room, as the autoplay note sits; else just
     * under the counter, over the corner of the map or the words for the moment it is shown. Placed after the slide
     * is laid out and never measured by it, so the note moves nothing.
     */
    private void placeNotice() {
        if (!notice.isVisible()) {
            return;
        }
        notice.autosize();
        double u = Math.max(1, getHeight()) / 100;
        Bounds counterBox = boundsHere(counter);
        Bounds metaBox = boundsHere(meta);
        double right = (overlay.isVisible() ? boundsHere(overlay).getMinX() : counterBox.getMinX()) - 2 * u;
        double metaLine = fit.width(meta.getText(), meta.getFont());
        double left = right - notice.getWidth();
        if (metaLine <= metaBox.getWidth() && metaBox.getMinX() + metaLine + 2 * u <= left) {
            notice.relocate(left, counterBox.getMinY() + (counterBox.getHeight() - notice.getHeight()) / 2);
        } else {
            double below = Math.max(counterBox.getMaxY(), metaBox.getMaxY()) + 0.6 * u;
            notice.relocate(Math.max(4 * u, counterBox.getMaxX() - notice.getWidth()), below);
        }
    }

    private Bounds boundsHere(Node node) {
        return sceneToLocal(node.localToScene(node.getLayoutBounds()));
    }

    /**
     * A filtered slide's note goes in the date's row when the row holds it whole beside the date and
     * the counter, else on a line of its own. Always on a line of its own, it took the line the
     * summary needed: on 9 of the 28 steps of a deck filtered to one paper the summary was cut.
     */
    private void placeFilterNote(double contentWidth, double u) {
        String note = filterNote.getText();
        if (note.isEmpty()) {
            return;
        }
        double row = fit.width(meta.getText(), meta.getFont()) + NOTE_GAP_U * u + fit.width(note, rowNote.getFont())
                + 4 * u + fit.width(counterRoom, counter.getFont())
                + (overlay.isVisible() ? fit.width(overlay.getText(), overlay.getFont()) + 4 * u : 0);
        boolean inRow = row <= contentWidth;
        if (rowNote.isVisible() != inRow) {
            rowNote.setVisible(inRow);
            filterNote.setVisible(!inRow);
        }
    }

    /** The height the quotation and summary have: the slide less its title, date, filter note, strip and spacing. */
    private double wordsRoom(double h, double contentWidth) {
        double u = h / 100;
        double titleHeight = fit.height(title.getText(), title.getFont(), contentWidth);
        double metaWidth = contentWidth - fit.width(counterRoom, counter.getFont()) - 4 * u
                - (overlay.isVisible() ? fit.width(overlay.getText(), overlay.getFont()) + 4 * u : 0);
        double metaHeight = Math.max(fit.height(meta.getText(), meta.getFont(), Math.max(1, metaWidth)),
                fit.lineHeight(counter.getFont()));
        double noteHeight = filterNote.isVisible() ? 0.6 * u + fit.height(filterNote.getText(), filterNote.getFont(),
                contentWidth) : 0;
        // Two px short of the exact sum, so rounding inside the labels never tips a text over.
        return h - 5 * u - titleHeight - 0.6 * u - metaHeight - noteHeight - 2.5 * u - stripHeight(h) - 2 * u - 2;
    }

    /**
     * The larger sizes a mapless slide's words take when they fit whole; false, sizes unchanged, if
     * not. Never larger than the title (5 % of the height): at 6.5 % a summary read as the heading.
     */
    private boolean fitLarger(double h, double width, double u, double least) {
        double larger = Math.max(least, 4.2 * u);
        bodySize(larger);
        if (tryFit(width, 1, false, Math.max(larger, 5 * u), Math.max(larger, 5 * u), wordsRoom(h, width), 1.6 * u,
                false)) {
            return true;
        }
        bodySize(least);
        return false;
    }

    /** The summary's and the speaker's size; set only when it changes, as a new font lays the slide out again. */
    private void bodySize(double px) {
        Font body = Font.font(FAMILY, px);
        if (!body.equals(summary.getFont())) {
            summary.setFont(body);
        }
        Font bold = Font.font(FAMILY, FontWeight.BOLD, px);
        if (!bold.equals(speaker.getFont())) {
            speaker.setFont(bold);
        }
    }

    /** The words column's share of the width beside a map, widened step by step as its text needs. */
    private static final double[] MAP_SHARES = {0.42, 0.5, 0.58, 0.66};

    /**
     * Gives the words the room they need, in order of preference: the largest quotation size
     * (down to the least) beside a map whose column widens; then the map left out so the words take
     * the whole width, whole; then the summary shortened at a word boundary beside the widest column,
     * the quotation whole at the least size; then the summary shortened at the whole width; and only
     * if even that is too little, the quotation itself shortened at a word boundary (decision 0138).
     */
    private void fitWords(double h, double contentWidth, double largest, double least) {
        double u = h / 100;
        double room = wordsRoom(h, contentWidth);
        double gap = 1.6 * u;
        double[] shares = hasMap ? MAP_SHARES : new double[] {1};
        for (double share : shares) {
            if (tryFit(contentWidth, share, share < 1, largest, least, room, gap, false)) {
                return;
            }
        }
        // A class reads the summary whole before it sees the map: on a 4:3 projector four summaries of the week
        // had been cut beside it, their point never read. The date's row still names the place.
        if (hasMap && tryFit(contentWidth, 1, false, largest, least, room, gap, false)) {
            return;
        }
        // A summary is shortened only beside the widest column and under the smallest quotation: at
        // 1024×768 it had been cut beside the narrowest, under a large quotation, before its point.
        for (int i = shares.length - 1; i >= 0; i--) {
            if (tryFit(contentWidth, shares[i], shares[i] < 1, least, least, room, gap, true)) {
                return;
            }
        }
        if (hasMap && tryFit(contentWidth, 1, false, largest, least, room, gap, true)) {
            return;
        }
        // Not even the quotation fits the whole width at the least size: shorten it, drop the summary.
        Font font = Font.font(FAMILY, least);
        double speakerHeight = speaker.isManaged() ? fit.height(speaker.getText(), speaker.getFont(), contentWidth) + gap : 0;
        String cut = listWhole.isEmpty() ? fit.shorten(quoteWhole, quoteClosing, font, contentWidth, room - speakerHeight)
                : String.join("\n", shortList(font, contentWidth, room));
        apply(contentWidth, 1, false, font, cut, "");
    }

    /** Lays the words out at {@code share} of the width if they fit {@code room}; false if not. */
    private boolean tryFit(double contentWidth, double share, boolean withMap, double largest, double least,
                           double room, double gap, boolean shortSummary) {
        // The words' width: beside a map the body's spacing is the map's, not theirs.
        double width = contentWidth * share;
        double speakerHeight = speaker.isManaged() ? fit.height(speaker.getText(), speaker.getFont(), width) + gap : 0;
        double summaryLine = fit.lineHeight(summary.getFont());
        for (double size : sizes(largest, least)) {
            Font font = Font.font(FAMILY, size);
            double used = quoteHeight(font, width) + speakerHeight;
            if (summaryWhole.isEmpty()) {
                if (used <= room) {
                    apply(contentWidth, share, withMap, font, quoteWhole + quoteClosing, "");
                    return true;
                }
                continue;
            }
            double left = room - used - gap;
            double whole = fit.height(summaryWhole, summary.getFont(), width);
            if (whole <= left) {
                apply(contentWidth, share, withMap, font, quoteWhole + quoteClosing, summaryWhole);
                return true;
            }
            // Two lines at least of a shortened summary, or it is not worth showing.
            if (shortSummary && left >= 2 * summaryLine) {
                String cut = fit.shorten(summaryWhole, "", summary.getFont(), width, left);
                apply(contentWidth, share, withMap, font, quoteWhole + quoteClosing, cut);
                return true;
            }
        }
        return false;
    }

    /** The quotation's height, or a context step's list's, in {@code font} at {@code width}. */
    private double quoteHeight(Font font, double width) {
        return listWhole.isEmpty() ? fit.height(quoteWhole + quoteClosing, font, width)
                : ItemList.height(fit, listWhole, font, width);
    }

    /**
     * The most of a context step's first items that fit {@code room} whole, then a line saying how
     * many were left out, as the handout says it: a list is never cut inside an item.
     */
    private List<String> shortList(Font font, double width, double room) {
        for (int shown = listWhole.size() - 1; shown > 0; shown--) {
            List<String> lines = new ArrayList<>(listWhole.subList(0, shown));
            lines.add(TextFit.ELLIPSIS + " and " + (listWhole.size() - shown) + " more");
            if (ItemList.height(fit, lines, font, width) <= room) {
                return lines;
            }
        }
        return List.of(TextFit.ELLIPSIS + " and " + listWhole.size() + " more");
    }

    /** From the largest size down in whole px, ending on the least. */
    private static List<Double> sizes(double largest, double least) {
        List<Double> sizes = new ArrayList<>();
        for (double size = largest; size > least; size -= 1) {
            sizes.add(size);
        }
        sizes.add(least);
        return sizes;
    }

    private void apply(double contentWidth, double share, boolean withMap, Font quoteFont, String quoteText,
                       String summaryText) {
        if (!quoteFont.equals(quote.getFont())) {
            quote.setFont(quoteFont);
        }
        if (listWhole.isEmpty()) {
            quote.setText(quoteText);
        } else {
            items.show(ItemList.items(quoteText), quoteFont);
        }
        summary.setText(summaryText);
        summary.setManaged(!summaryText.isEmpty());
        summary.setVisible(summary.isManaged() && !quoteHidden);
        // While the quotation waits, a slide without a map names who is quoted, and by which paper, where the words
        // will be: with the words and the summary held back it had shown its title and nothing under it.
        speaker.setVisible(speaker.isManaged() && (!quoteHidden || !withMap));
        mapColumn.setManaged(withMap);
        mapColumn.setVisible(withMap);
        map.setVisible(withMap);
        // While the quotation waits beside a map, the map has the words' room as well: their column, kept empty for
        // the click, had left the left half of the slide blank beside a map squeezed into the rest.
        boolean wordsWait = withMap && quoteHidden;
        words.setManaged(!wordsWait);
        words.setVisible(!wordsWait);
        words.setPrefWidth(contentWidth * share);
        words.setMaxWidth(contentWidth * share);
    }
}
