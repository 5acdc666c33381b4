package org.parley.ui.source;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.parley.model.Dataset;
import org.parley.model.Divergence;
import org.parley.model.EventFilter;
import org.parley.model.Reading;
import java.util.Optional;
import java.util.Set;

import org.parley.model.Source;
import org.parley.model.SourceFilter;
import org.parley.model.Span;
import org.parley.render.Theme;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.state.Passage;
import org.parley.ui.state.SearchResults;
import org.parley.ui.support.WebPages;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The articles as given, one at a time or side by side, with every evidence and quotation span
 * highlighted. Clicking a span selects its event; selecting an event anywhere scrolls each article
 * to it; search hits are marked. Observes and changes only the {@link ExplorerState}.
 *
 * <p>An article's view is built when it is first shown, not for every source of the dataset: a
 * generated dataset of a thousand sources had the tab build a thousand views, each scanning every
 * event, for seconds on the JavaFX thread. Beyond a few sources the papers are chosen from a list
 * rather than a row of buttons, and "Side by side" is for a few only.
 */
public final class SourceReader extends BorderPane {

    public static final String STYLE_CLASS = "source-reader";
    /** Id of the toggle that shows all articles in columns. */
    public static final String SIDE_BY_SIDE_ID = "side-by-side";
    /** Id of the list the papers are chosen from when there are more than {@link #MAX_BUTTONS}. */
    public static final String PICKER_ID = "source-picker";
    /** Style class of the paper's name heading its column (or block) side by side. */
    public static final String PAPER_HEADING = "paper-heading";
    /** Id of the button that opens the find field. */
    public static final String FIND_BUTTON_ID = "article-find-button";
    /** Up to this many sources get a button each and may be read side by side. */
    static final int MAX_BUTTONS = 4;
    /** The narrowest column side by side, in ems of the article's type (decision 0152). */
    private static final double COLUMN_EMS = 20;
    /** The article's type size before its first view is styled. */
    private static final double DEFAULT_EM = 14;

    /**
     * One paper's readings of the chosen divergence (a fact can take a paper two phrases: how many
     * troops, and where), and the words where its first differs from the other paper's first.
     */
    private record Difference(List<Span> readings, List<Span> differing) {
    }

    private final ExplorerState state;
    private final WebPages pages;
    /** One pointer: a click waiting to choose its event, in whichever article. */
    private final SingleClick clicks;
    private Dataset dataset;
    /** The views built so far, by source id, in the dataset's order of sources. */
    private final Map<String, ArticleView> views = new LinkedHashMap<>();
    private final Map<String, ToggleButton> sourceButtons = new LinkedHashMap<>();
    private final ToggleGroup sourceGroup = new ToggleGroup();
    private final ComboBox<Source> picker = new ComboBox<>();
    private final ToggleButton sideBySide = new ToggleButton("Side by side");
    /** Opens the find field: Ctrl+F alone was a shortcut to know. */
    private final Button findButton = new Button(null, new FontIcon(Material2MZ.SEARCH));
    /** The papers' buttons and "Side by side", each whole, wrapping to as many rows as the pane needs. */
    private final FlowPane toolbar = new FlowPane();
    private final HBox columns = new HBox();
    /** Side by side in a pane too narrow for columns: the papers one above the other (decision 0152). */
    private final VBox stacked = new VBox();
    /** Each paper's article under its name, for side by side, by source id; built with its view. */
    private final Map<String, VBox> headed = new HashMap<>();
    /** Whether side by side shows columns now (else one above the other); null when not side by side. */
    private Boolean inColumns;
    /** The find field, below the papers' buttons while open; it finds in the articles shown. */
    private final ArticleFindBar findBar = new ArticleFindBar(new ArticleFindBar.Actions() {
        @Override
        public void find(String words) {
            findFrom(words, true);
        }

        @Override
        public void next() {
            stepFound(1);
        }

        @Override
        public void previous() {
            stepFound(-1);
        }

        @Override
        public void close() {
            closeFind();
        }

        @Override
        public void elsewhere() {
            showElsewhere();
        }
    });
    /** One match of the find field: the article it is in and where. */
    private record Found(String sourceId, Span span) {
    }

    /** Where an article stood before words being typed scrolled it to a match ({@code before}), and where that left it. */
    private record Place(double before, double after) {
    }

    private final Map<String, ArticleFind> finders = new HashMap<>();
    /** The articles the words typed so far scrolled to a match, by source id. */
    private final Map<String, Place> placesBeforeFind = new HashMap<>();
    private List<Found> found = List.of();
    private int currentFound = -1;
    /** The first paper not shown that has the find field's words, or null. */
    private String foundElsewhere;
    /** What every view marks, kept for the views built later. */
    private String currentEvent;
    /** The paper read alone before side by side, read again when side by side is left by its own toggle. */
    private String readAlone;
    private Map<String, List<Span>> hitsBySource = Map.of();
    private Map<String, Difference> differences = Map.of();
    /** The passage asked to be read, outlined in its article; null when none is. */
    private Passage reading;

    public SourceReader(ExplorerState state) {
        this(state, WebPages.SYSTEM);
    }

    /** A reader that opens an article's address with {@code pages} (a test's, in tests). */
    public SourceReader(ExplorerState state, WebPages pages) {
        this(state, pages, SingleClick.paused());
    }

    /** A reader whose click on a passage chooses its event through {@code clicks} (a test's, in tests). */
    SourceReader(ExplorerState state, WebPages pages, SingleClick clicks) {
        this.state = state;
        this.pages = pages;
        this.clicks = clicks;
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(SourceReader.class.getResource("source.css").toExternalForm());
        sideBySide.setId(SIDE_BY_SIDE_ID);
        // Wraps rather than cuts: in a narrow pane "Side by side" goes to a second row, and the
        // papers' names stay whole (they were "The Washingto…" at 1280×720). Each button wraps on
        // its own: kept in one row, the two names claimed 340 px and ran past a 1024-px window.
        sideBySide.setMinWidth(Region.USE_PREF_SIZE);
        // Where its words would push it to a second row, "Side by side" is its icon alone (its name in
        // the tooltip): at 1366×768 the second row cost the article two of its five visible lines.
        sideBySide.setGraphic(new FontIcon(Material2MZ.VIEW_COLUMN));
        sideBySide.setTooltip(new Tooltip("Side by side: the articles in columns"));
        toolbar.widthProperty().addListener(o -> fitSideBySide());
        findButton.setId(FIND_BUTTON_ID);
        findButton.setTooltip(new Tooltip("Find in the article (Ctrl+F)"));
        findButton.setAccessibleText("Find in the article");
        findButton.setMinWidth(Region.USE_PREF_SIZE);
        findButton.setOnAction(e -> openFind());
        toolbar.getChildren().addAll(sideBySide, findButton);
        toolbar.getStyleClass().add("source-toolbar");
        findBar.setVisible(false);
        findBar.setManaged(false);
        setTop(new VBox(toolbar, findBar));
        // Ctrl+F in the reader finds in its article; everywhere else it stays the app's search, which a
        // click in the search box (or Ctrl+F from any other panel) still reaches.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F && e.isShortcutDown() && !e.isShiftDown()
                    && !e.isAltDown()) {
                openFind();
                e.consume();
            } else if (e.getCode() == KeyCode.F3 && !e.isShortcutDown() && !e.isAltDown()) {
                // As in a browser or an editor: F3 and Shift+F3 step through the matches, from the article
                // too; with the field closed, F3 opens it.
                if (!findBar.isVisible()) {
                    openFind();
                } else {
                    stepFound(e.isShiftDown() ? -1 : 1);
                }
                e.consume();
            }
        });
        columns.getStyleClass().add("source-columns");
        stacked.getStyleClass().add("source-stacked");
        // Live: widening the pane (its divider, the window) past the measure sets the papers side by side.
        widthProperty().addListener(o -> {
            if (sideBySide.isSelected() && inColumns != null && inColumns != columnsFit()) {
                placeSideBySide();
            }
        });
        picker.setId(PICKER_ID);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(Source s) {
                return s == null ? "" : s.publisher() + " \u2014 " + s.title();
            }

            @Override
            public Source fromString(String text) {
                return null;
            }
        });
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.valueProperty().addListener((o, was, now) -> arrange());

        // Side by side, no paper is chosen alone (both show), and a paper's button reads that paper alone: the
        // buttons had been greyed out, and one paper alone took the side-by-side toggle first (decision 0153).
        sourceGroup.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                if (was != null && !sideBySide.isSelected()) {
                    was.setSelected(true); // one article is always showing
                }
            } else if (sideBySide.isSelected()) {
                sideBySide.setSelected(false);
            } else {
                arrange();
            }
        });
        sideBySide.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                readAlone = sourceButtons.isEmpty() ? null : shownSourceId();
                sourceGroup.selectToggle(null);
            } else if (sourceGroup.getSelectedToggle() == null && !sourceButtons.isEmpty()) {
                // Left by its own toggle: back to the paper read alone before.
                sourceButtons.getOrDefault(readAlone, sourceButtons.values().iterator().next()).setSelected(true);
                return; // the group's listener arranges
            }
            arrange();
        });
        state.datasetProperty().addListener((o, was, now) -> rebuild(now));
        state.selectedEventProperty().addListener((o, was, now) -> showEvent(now));
        state.filterProperty().addListener((o, was, now) -> {
            if (!filteredPaper(now).equals(filteredPaper(was))) {
                turnToFilteredPaper();
            }
        });
        state.searchProperty().addListener((o, was, now) -> showHits(now));
        state.selectedDivergenceProperty().addListener((o, was, now) -> showDifferences(now));
        state.passageToReadProperty().addListener((o, was, now) -> showPassage(now));
        state.darkProperty().addListener((o, was, now) -> applyTheme());
        rebuild(state.dataset());
    }

    /**
     * Fits the papers' buttons and "Side by side" on one row while it can: "Side by side" in words
     * where the row holds them, else its icon alone; then the papers' names without a leading "The"
     * ("Washington Post"), the whole name in the tooltip. At 1280×720 the row wrapped, and its second
     * row took one of the article's few visible lines. Narrower still, the row wraps.
     */
    private void fitSideBySide() {
        double width = toolbar.getWidth();
        if (width <= 0 || !sideBySide.isVisible()) {
            return;
        }
        // Measured with their words, whichever way they show now.
        sideBySide.setContentDisplay(ContentDisplay.LEFT);
        setPaperNames(false);
        if (rowWidth() <= width) {
            return;
        }
        sideBySide.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        if (rowWidth() <= width) {
            return;
        }
        setPaperNames(true);
    }

    private double rowWidth() {
        double row = toolbar.getInsets().getLeft() + toolbar.getInsets().getRight() + sideBySide.prefWidth(-1)
                + toolbar.getHgap() + findButton.prefWidth(-1);
        for (ToggleButton b : sourceButtons.values()) {
            row += b.prefWidth(-1) + toolbar.getHgap();
        }
        return row;
    }

    /** The papers' buttons with their publishers' names, {@code shortened} without a leading "The ". */
    private void setPaperNames(boolean shortened) {
        for (ToggleButton b : sourceButtons.values()) {
            String name = dataset.source((String) b.getUserData()).map(Source::publisher).orElse(b.getText());
            String shown = shortened ? name.replaceFirst("^(?i)the\\s+", "") : name;
            b.setText(shown.isBlank() ? name : shown);
            b.setTooltip(b.getText().equals(name) ? null : new Tooltip(name));
        }
    }

    private void rebuild(Dataset ds) {
        dataset = ds;
        views.clear();
        headed.clear();
        inColumns = null;
        sourceButtons.clear();
        sourceGroup.getToggles().clear();
        toolbar.getChildren().retainAll(sideBySide, findButton);
        picker.getItems().clear();
        finders.clear();
        placesBeforeFind.clear();
        found = List.of();
        currentFound = -1;
        foundElsewhere = null;
        hitsBySource = Map.of();
        differences = Map.of();
        reading = null;
        if (ds == null || ds.sources().isEmpty()) {
            Label empty = new Label("No articles loaded.");
            empty.getStyleClass().add("source-empty");
            setCenter(empty);
            return;
        }
        boolean few = ds.sources().size() <= MAX_BUTTONS;
        sideBySide.setSelected(sideBySide.isSelected() && few);
        sideBySide.setVisible(few);
        sideBySide.setManaged(few);
        if (few) {
            for (Source s : ds.sources()) {
                ToggleButton b = new ToggleButton(s.publisher());
                b.setMinWidth(Region.USE_PREF_SIZE);
                b.setToggleGroup(sourceGroup);
                b.setUserData(s.id());
                b.getStyleClass().add("source-button");
                sourceButtons.put(s.id(), b);
                toolbar.getChildren().add(toolbar.getChildren().indexOf(sideBySide), b);
            }
            readAlone = ds.sources().get(0).id();
            if (!sideBySide.isSelected()) {
                sourceButtons.values().iterator().next().setSelected(true);
            }
        } else {
            picker.getItems().setAll(ds.sources());
            toolbar.getChildren().add(0, picker);
            picker.setValue(ds.sources().get(0));
        }
        arrange();
        fitSideBySide();
        showEvent(state.selectedEventProperty().get());
        showHits(state.searchProperty().get());
        // A reader built after a Compare card was chosen marks that card's words too.
        showDifferences(state.selectedDivergenceProperty().get());
        showPassage(state.passageToReadProperty().get());
    }

    /** Turns to the passage's article, scrolls to it and outlines it; none asked for clears the outline. */
    private void showPassage(Passage passage) {
        boolean known = passage != null && dataset != null && dataset.source(passage.sourceId()).isPresent();
        // Outlined only where it fits the article: a passage from an index built on other texts is not.
        reading = known && passage.start() >= 0 && passage.end() >= passage.start()
                && passage.end() <= dataset.source(passage.sourceId()).orElseThrow().text().length() ? passage : null;
        views.forEach((id, v) -> markPassage(id, v));
        if (!known) {
            return;
        }
        if (!sideBySide.isSelected()) {
            select(passage.sourceId());
        }
        view(passage.sourceId()).scrollTo(passage.start());
    }

    private void arrange() {
        if (dataset == null || dataset.sources().isEmpty()) {
            return;
        }
        if (sideBySide.isSelected()) {
            placeSideBySide();
        } else {
            inColumns = null;
            columns.getChildren().clear();
            stacked.getChildren().clear();
            ArticleView shown = view(shownSourceId());
            if (shown.getParent() instanceof VBox block && headed.containsValue(block)) {
                block.getChildren().remove(shown);
            }
            setCenter(shown);
        }
        if (findBar.isVisible()) {
            findFrom(findBar.field().getText(), false);
        }
    }

    /**
     * Side by side: the papers in columns where each column gets a readable measure, else one above the
     * other; each under its paper's name, since no paper's button above is chosen and the buttons do not line
     * up with the columns. At 1280×720 two columns of the 408-px Source tab held some 20 characters a line.
     */
    private void placeSideBySide() {
        inColumns = columnsFit();
        List<VBox> blocks = new ArrayList<>();
        for (Source s : dataset.sources()) {
            VBox block = headed(s);
            ArticleView v = view(s.id());
            if (v.getParent() != block) {
                block.getChildren().add(v);
            }
            VBox.setVgrow(v, Priority.ALWAYS);
            v.setPrefWidth(0); // equal columns, whatever each article's natural width
            v.setPrefHeight(0); // equal blocks one above the other, whatever each article's length
            v.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(block, Priority.ALWAYS);
            VBox.setVgrow(block, Priority.ALWAYS);
            block.setPrefWidth(0);
            block.setPrefHeight(0);
            block.setMaxWidth(Double.MAX_VALUE);
            blocks.add(block);
        }
        (inColumns ? stacked : columns).getChildren().clear();
        (inColumns ? columns : stacked).getChildren().setAll(blocks);
        setCenter(inColumns ? columns : stacked);
    }

    /** A paper's place side by side: its name, then its article. */
    private VBox headed(Source source) {
        return headed.computeIfAbsent(source.id(), id -> {
            Label name = new Label(source.publisher().isBlank() ? source.title() : source.publisher());
            name.getStyleClass().add(PAPER_HEADING);
            name.setMaxWidth(Double.MAX_VALUE);
            name.setMinHeight(Region.USE_PREF_SIZE);
            VBox block = new VBox(name);
            block.getStyleClass().add("paper-block");
            return block;
        });
    }

    /**
     * Whether each paper gets a column of at least {@link #COLUMN_EMS} ems of the article's type (about 36
     * characters a line at its 14 px: 280 px); measured in ems so a larger type asks for wider columns.
     */
    private boolean columnsFit() {
        double em = views.values().stream().findFirst().filter(v -> !v.texts().isEmpty())
                .map(v -> v.texts().get(0).getFont().getSize()).orElse(DEFAULT_EM);
        return getWidth() / dataset.sources().size() >= COLUMN_EMS * em;
    }

    /** Shows the find field with the focus, holding the reader's selected words if it was empty or closed. */
    void openFind() {
        String selected = shownViews().stream().map(ArticleView::selection).filter(ArticleSelection::hasSelection)
                .map(ArticleSelection::selectedText).findFirst().orElse("");
        boolean wasOpen = findBar.isVisible();
        findBar.setVisible(true);
        findBar.setManaged(true);
        if (!selected.isBlank() && selected.length() <= 80 && selected.indexOf('\n') < 0) {
            findBar.field().setText(selected.strip());
        } else if (!wasOpen) {
            findFrom(findBar.field().getText(), true);
        }
        findBar.field().requestFocus();
        findBar.field().selectAll();
    }

    /** Hides the find field, unmarks its matches and gives the keys back to the article. */
    void closeFind() {
        if (!findBar.isVisible()) {
            return;
        }
        ArticleView back = currentFound >= 0 ? views.get(found.get(currentFound).sourceId()) : null;
        findBar.setVisible(false);
        findBar.setManaged(false);
        found = List.of();
        currentFound = -1;
        placesBeforeFind.clear();
        views.values().forEach(v -> v.markFound(List.of(), -1));
        foundElsewhere = null;
        findBar.showElsewhere(null, 0);
        List<ArticleView> shown = shownViews();
        if (back == null || !shown.contains(back)) {
            back = shown.isEmpty() ? null : shown.get(0);
        }
        if (back != null) {
            back.scrollPane().requestFocus();
        }
    }

    /** The views on screen now: the one article, or every column side by side. */
    private List<ArticleView> shownViews() {
        if (dataset == null || dataset.sources().isEmpty()) {
            return List.of();
        }
        if (sideBySide.isSelected()) {
            return dataset.sources().stream().map(s -> view(s.id())).toList();
        }
        return List.of(view(shownSourceId()));
    }

    /**
     * Finds {@code words} in the articles shown, column after column, calmly while they are typed
     * ({@code keepPlace}), as a browser's find does: the current match stays current while it still
     * matches (from "Rya" to "Ryabkov" nothing moves); else the first in view, else the first below the
     * view, read on from the reader's place. An article the find scrolled to a match the typing then
     * passed goes back where the reader had it: "rya" had taken the Post to "Ryan" in its last line, and
     * left it there once "ryab" found only the Times's "Ryabkov". When {@code keepPlace} is false (the
     * papers shown changed) the first match is current.
     */
    private void findFrom(String words, boolean keepPlace) {
        Found was = currentFound >= 0 && currentFound < found.size() ? found.get(currentFound) : null;
        List<Found> all = new ArrayList<>();
        List<ArticleView> shown = shownViews();
        for (ArticleView v : shown) {
            for (Span s : finder(v.source()).matches(words)) {
                all.add(new Found(v.source().id(), s));
            }
        }
        found = List.copyOf(all);
        findElsewhere(words, shown);
        currentFound = -1;
        if (!keepPlace || words.isBlank()) {
            placesBeforeFind.clear(); // where the reader is now is their place
        } else if (was != null) {
            for (int i = 0; i < found.size() && currentFound < 0; i++) {
                if (found.get(i).sourceId().equals(was.sourceId()) && found.get(i).span().start() == was.span().start()) {
                    currentFound = i;
                }
            }
        }
        if (currentFound < 0 && keepPlace) {
            backToPlaces();
            currentFound = nearestToPlace();
        }
        if (currentFound < 0 && !found.isEmpty()) {
            currentFound = 0;
        }
        markFound(keepPlace && !words.isBlank());
    }

    /** The first match in view, else the first below the view's top (column after column), else -1. */
    private int nearestToPlace() {
        for (int i = 0; i < found.size(); i++) {
            if (views.get(found.get(i).sourceId()).offsetInView(found.get(i).span().start())) {
                return i;
            }
        }
        for (int i = 0; i < found.size(); i++) {
            if (views.get(found.get(i).sourceId()).offsetFromViewOn(found.get(i).span().start())) {
                return i;
            }
        }
        return -1;
    }

    /** Scrolls each article the typed words took to a match back where the reader had it, unless they scrolled it since. */
    private void backToPlaces() {
        placesBeforeFind.forEach((id, place) -> {
            ArticleView v = views.get(id);
            if (v != null && v.scrollPosition() == place.after()) {
                v.scrollBackTo(place.before());
            }
        });
        placesBeforeFind.clear();
    }

    private ArticleFind finder(Source source) {
        return finders.computeIfAbsent(source.id(), id -> new ArticleFind(source.text()));
    }

    /**
     * Counts the words in the first paper not shown that has them, for the find field to offer: in the
     * Post, "Ryabkov" said "No match" though the Times has him twice. Only among the few papers that have
     * buttons: a list of a thousand would be a thousand articles scanned at each letter typed.
     */
    private void findElsewhere(String words, List<ArticleView> shown) {
        foundElsewhere = null;
        int count = 0;
        if (!sourceButtons.isEmpty() && !words.isBlank()) {
            List<String> shownIds = shown.stream().map(v -> v.source().id()).toList();
            for (Source s : dataset.sources()) {
                if (!shownIds.contains(s.id())) {
                    count = finder(s).matches(words).size();
                    if (count > 0) {
                        foundElsewhere = s.id();
                        findBar.showElsewhere(s.publisher(), count);
                        return;
                    }
                }
            }
        }
        findBar.showElsewhere(null, 0);
    }

    /** Turns to the paper that has the find field's words, its first match current. */
    private void showElsewhere() {
        if (foundElsewhere != null && dataset.source(foundElsewhere).isPresent()) {
            select(foundElsewhere); // arranging the reader for it finds there from its first match
        }
    }

    /**
     * Moves to the next ({@code 1}) or previous ({@code -1}) match. Past the last (or before the first) it
     * goes on to the next paper that has the words, at its first match (or its last), as the find reads
     * across both papers; with no other paper to go to it comes round and says so ("from the top"). Enter
     * at the Post's last "Grushko" had come round to its first without a word, the Times's eight never
     * reached.
     */
    private void stepFound(int direction) {
        if (found.isEmpty()) {
            return;
        }
        int next = currentFound + direction;
        if (next >= 0 && next < found.size()) {
            currentFound = next;
            markFound();
            return;
        }
        String other = nextPaperWithWords(direction);
        if (other != null) {
            select(other); // arranging the reader for it finds there, from its first match
            if (direction < 0 && !found.isEmpty()) {
                currentFound = found.size() - 1;
                markFound();
            }
            return;
        }
        currentFound = Math.floorMod(next, found.size());
        markFound();
        findBar.sayCameRound(direction > 0);
    }

    /**
     * The paper after the one shown ({@code direction} 1) or before it (-1), round the papers' buttons, that
     * has the find field's words; null side by side (every paper is shown) or when no other has them.
     */
    private String nextPaperWithWords(int direction) {
        if (sideBySide.isSelected() || sourceButtons.size() < 2) {
            return null;
        }
        List<Source> papers = dataset.sources();
        String shown = shownSourceId();
        int at = papers.stream().map(Source::id).toList().indexOf(shown);
        for (int k = 1; k < papers.size(); k++) {
            Source s = papers.get(Math.floorMod(at + k * direction, papers.size()));
            if (!finder(s).matches(findBar.field().getText()).isEmpty()) {
                return s.id();
            }
        }
        return null;
    }

    private void markFound() {
        placesBeforeFind.clear(); // stepped on purpose: the reader's place is where the step took them
        markFound(false);
    }

    /** Marks the matches; {@code typing}: remembers where an article was before it scrolled to the current match. */
    private void markFound(boolean typing) {
        findBar.showCount(findBar.field().getText(), currentFound, found.size());
        for (Map.Entry<String, ArticleView> v : views.entrySet()) {
            List<Span> mine = new ArrayList<>();
            int current = -1;
            for (int i = 0; i < found.size(); i++) {
                if (found.get(i).sourceId().equals(v.getKey())) {
                    if (i == currentFound) {
                        current = mine.size();
                    }
                    mine.add(found.get(i).span());
                }
            }
            double before = v.getValue().scrollPosition();
            v.getValue().markFound(mine, current);
            double after = v.getValue().scrollPosition();
            if (typing && after != before) {
                Place first = placesBeforeFind.get(v.getKey());
                placesBeforeFind.put(v.getKey(), new Place(first == null ? before : first.before(), after));
            }
        }
    }

    /** The find field; for tests. */
    ArticleFindBar findBar() {
        return findBar;
    }

    /**
     * Gives the keyboard to the article that shows {@code sourceId}'s words (the one article shown, or
     * its column side by side), so the arrows scroll it and Ctrl+C copies from it.
     */
    public void focusArticle(String sourceId) {
        if (dataset == null || dataset.source(sourceId).isEmpty()) {
            return;
        }
        String shown = sideBySide.isSelected() ? sourceId : shownSourceId();
        view(shown).scrollPane().requestFocus();
    }

    private String shownSourceId() {
        if (!sourceButtons.isEmpty()) {
            Object selected = sourceGroup.getSelectedToggle() == null ? null : sourceGroup.getSelectedToggle().getUserData();
            return selected == null ? sourceButtons.keySet().iterator().next() : (String) selected;
        }
        return picker.getValue() == null ? dataset.sources().get(0).id() : picker.getValue().id();
    }

    private void select(String sourceId) {
        if (!sourceButtons.isEmpty()) {
            sourceButtons.get(sourceId).setSelected(true);
        } else {
            dataset.source(sourceId).ifPresent(picker::setValue);
        }
    }

    /** The sources the event's evidence or quotations are in, in the dataset's order. */
    private List<String> sourcesOf(String eventId) {
        Set<String> ids = new HashSet<>();
        dataset.event(eventId).ifPresent(e -> e.evidence().forEach(ev -> ids.add(ev.source())));
        dataset.quotesOf(eventId).forEach(q -> ids.add(q.source()));
        return dataset.sources().stream().map(Source::id).filter(ids::contains).toList();
    }

    private void showEvent(String eventId) {
        currentEvent = eventId;
        if (dataset == null || dataset.sources().isEmpty()) {
            return;
        }
        if (eventId != null && !sideBySide.isSelected()) {
            List<String> in = sourcesOf(eventId);
            // Filtered to one paper, that paper's words, as the board speaks for it: under a Times
            // filter an event both papers report had stayed in the Post the reader happened to show.
            String filtered = filteredPaper(state.filterProperty().get());
            if (in.contains(filtered)) {
                select(filtered);
            } else if (!in.isEmpty() && !in.contains(shownSourceId())) {
                select(in.get(0));
            }
        }
        views.values().forEach(v -> v.markCurrent(eventId));
    }

    /** A filter to one paper just set turns the reader to it, unless the chosen event is not in it. */
    private void turnToFilteredPaper() {
        String filtered = filteredPaper(state.filterProperty().get());
        if (dataset == null || sideBySide.isSelected() || dataset.source(filtered).isEmpty()) {
            return;
        }
        if (currentEvent == null || dataset.event(currentEvent).isEmpty() || sourcesOf(currentEvent).contains(filtered)) {
            select(filtered);
        }
    }

    /** The paper the papers filter asks for ("Reported by The New York Times"), or "". */
    private static String filteredPaper(EventFilter filter) {
        return filter != null && filter.sources().mode() == SourceFilter.Mode.INCLUDES ? filter.sources().sourceId() : "";
    }

    private void showHits(SearchResults results) {
        if (dataset == null || dataset.sources().isEmpty()) {
            return;
        }
        Map<String, List<Span>> bySource = new LinkedHashMap<>();
        for (SearchResults.Hit hit : results == null ? List.<SearchResults.Hit>of() : results.hits()) {
            Optional<Source> source = hit.sourceId() == null ? Optional.empty() : dataset.source(hit.sourceId());
            // A hit from an index built on other texts may not fit this article; show none rather than a wrong one.
            if (source.isPresent() && hit.start() >= 0 && hit.end() > hit.start()
                    && hit.end() <= source.get().text().length()) {
                bySource.computeIfAbsent(hit.sourceId(), k -> new ArrayList<>()).add(new Span(hit.start(), hit.end()));
            }
        }
        hitsBySource = bySource;
        // With an event chosen, its passage stays in view: the hits are marked around it, not scrolled to.
        boolean follow = currentEvent == null || dataset.event(currentEvent).isEmpty();
        if (follow && !bySource.isEmpty() && !sideBySide.isSelected() && !bySource.containsKey(shownSourceId())) {
            select(bySource.keySet().iterator().next());
        }
        views.forEach((id, v) -> v.markHits(bySource.getOrDefault(id, List.of()), follow));
    }

    /** Marks, in each paper, its reading of the chosen divergence and the words where the two differ. */
    private void showDifferences(String divergenceId) {
        if (dataset == null || dataset.sources().isEmpty()) {
            return;
        }
        Optional<Divergence> chosen = divergenceId == null ? Optional.empty()
                : dataset.divergences().stream().filter(d -> d.id().equals(divergenceId)).findFirst();
        Map<String, Difference> bySource = new LinkedHashMap<>();
        List<Reading> readings = chosen.map(Divergence::readings).orElse(List.of());
        for (Reading mine : readings) {
            Optional<Source> source = dataset.source(mine.source());
            if (source.isEmpty()) {
                continue;
            }
            Difference known = bySource.get(mine.source());
            if (known != null) {
                // A paper's further reading is outlined too: only its first was, and the Post's "along
                // the country's border with Ukraine" looked like no part of the fact compared.
                List<Span> all = new ArrayList<>(known.readings());
                all.add(mine.span());
                bySource.put(mine.source(), new Difference(List.copyOf(all), known.differing()));
                continue;
            }
            int length = source.get().text().length();
            // Against the first reading from another paper: a divergence compares two papers.
            Optional<Reading> other = readings.stream().filter(r -> !r.source().equals(mine.source())).findFirst();
            List<Span> differing = other.map(o -> WordDiff.of(mine.text(), o.text()).inA()).orElse(List.of())
                    .stream().map(s -> new Span(mine.span().start() + s.start(), mine.span().start() + s.end()))
                    .filter(s -> s.end() <= length).toList();
            bySource.put(mine.source(), new Difference(List.of(mine.span()), differing));
        }
        differences = bySource;
        views.forEach((id, v) -> markDifference(id, v));
        if (sourceButtons.size() > 1 && readings.stream().map(Reading::source).distinct().count() > 1) {
            sideBySide.setSelected(true);
        }
    }

    private void markPassage(String sourceId, ArticleView view) {
        view.markPassage(reading != null && reading.sourceId().equals(sourceId)
                ? new Span(reading.start(), reading.end()) : null);
    }

    private void markDifference(String sourceId, ArticleView view) {
        Difference d = differences.get(sourceId);
        view.markDifferences(d == null ? List.of() : d.readings(), d == null ? List.of() : d.differing());
    }

    private void applyTheme() {
        Theme theme = state.darkProperty().get() ? Theme.DARK : Theme.LIGHT;
        views.values().forEach(v -> v.setTheme(theme));
    }

    /** How many articles have a view built: only those shown so far. */
    int builtViews() {
        return views.size();
    }

    /**
     * The article shown for a source, built the first time it is asked for, with what the other
     * views already mark; for tests and for the window's "show source" actions.
     */
    ArticleView view(String sourceId) {
        ArticleView existing = views.get(sourceId);
        if (existing != null || dataset == null) {
            return existing;
        }
        Optional<Source> source = dataset.source(sourceId);
        if (source.isEmpty()) {
            return null;
        }
        ArticleView made = new ArticleView(source.get(), ArticleMarks.of(dataset, sourceId),
                state.selectedEventProperty()::set, pages, clicks);
        made.setTheme(state.darkProperty().get() ? Theme.DARK : Theme.LIGHT);
        made.selection().setOnFind(this::openFind);
        made.markCurrent(currentEvent);
        made.markHits(hitsBySource.getOrDefault(sourceId, List.of()), currentEvent == null);
        markDifference(sourceId, made);
        markPassage(sourceId, made);
        views.put(sourceId, made);
        return made;
    }
}
