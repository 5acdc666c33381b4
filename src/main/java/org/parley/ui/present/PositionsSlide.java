package org.parley.ui.present;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.parley.export.handout.PositionsSummary;
import org.parley.layout.EvenPages;

/**
 * The presentation's summary step: the positions board in words, over the slide, shown and hidden
 * with P. The same rows as the handout's last page, for the same events. Its rows outgrow a
 * projector's screen, so it is shown a page of whole rows at a time, never a row cut at an edge,
 * with its page number; it takes the slides' light or dark colours.
 */
final class PositionsSlide extends StackPane {

    static final String ID = "positions-slide";
    /** The board's type as a share of the screen's height: a mapless slide's context list's size. */
    private static final double TEXT_SHARE = 0.036;
    private final ScrollPane scroll;
    private final VBox list = new VBox(14);
    private final Label pageNumber = new Label();
    private String note = "";
    /** "Filtered: place Geneva" under the heading of a filtered deck's board, as on its slides; "" otherwise. */
    private final Label filtered = label("", "positions-slide-kind");
    /** Over every page, not only the first: a class that joins on page 3 still reads what the board is. */
    private final Label heading = label(PositionsSummary.HEADING, "positions-slide-heading");
    private final boolean empty;
    private final List<PositionsSummary.Row> rows;
    private boolean rowsMade;
    /** Room below the last row, so the last page too can be scrolled to the top of the screen. */
    private final Region tail = new Region();
    /** The index in {@link #list} of the first row of each page, as last laid out. */
    private List<Integer> pageStarts = List.of(0);
    private int page;

    private PositionsSlide(List<PositionsSummary.Row> rows) {
        setId(ID);
        this.empty = rows.isEmpty();
        getStylesheets().add(PositionsSlide.class.getResource("positions-slide.css").toExternalForm());
        getStyleClass().add("positions-slide");
        list.setPadding(new Insets(40, 60, 40, 60));
        // The board's words are read from the back of the room, as a mapless slide's are: larger than
        // the least type (at 3 % they were the smallest of the deck, with room to spare on each page).
        // The style sheet sizes the rest in em, the heading as large as a slide's title.
        heightProperty().addListener((o, was, now) -> {
            double least = SlideView.leastTextPx(now.doubleValue());
            setStyle("-fx-font-size: " + textPx(now.doubleValue()) + "px;");
            list.setSpacing(0.6 * least);
            list.setPadding(new Insets(0.6 * least, 2.7 * least, 1.8 * least, 2.7 * least));
            heading.setPadding(new Insets(1.8 * least, 2.7 * least, 0, 2.7 * least));
            filtered.setPadding(new Insets(0, 2.7 * least, 0, 2.7 * least));
        });
        if (rows.isEmpty()) {
            list.getChildren().add(label("No position is tied to the events of this presentation.", "positions-slide-kind"));
        }
        this.rows = rows;
        list.getChildren().add(tail);
        scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("positions-slide-scroll");
        pageNumber.getStyleClass().add("positions-slide-page");
        pageNumber.setId("positions-slide-page");
        StackPane.setAlignment(pageNumber, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(pageNumber, new Insets(0, 24, 16, 0));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // The heading spans the board, so its width is the one " (continued)" is measured at: at its own
        // text's width the longer heading wrapped, and the first page kept a line free for nothing.
        heading.setMaxWidth(Double.MAX_VALUE);
        filtered.managedProperty().bind(filtered.visibleProperty());
        filtered.setVisible(false);
        getChildren().addAll(new VBox(heading, filtered, scroll), pageNumber);
        setAlignment(Pos.TOP_LEFT);
        setVisible(false);
        // A new size lays the rows out anew: the pages are counted again, the page shown stays. It
        // had started over, and on a 4:3 screen the heading of a later page, a line longer, made the
        // viewport shorter each time a clicker paged: the board went back to its first page.
        // (Only a new size: the viewport's bounds change with every scroll as well.)
        scroll.viewportBoundsProperty().addListener((o, was, now) -> {
            // Hidden, nothing is counted: the board is laid out when P or the last step shows it.
            if (isVisible() && (was == null || Math.abs(was.getHeight() - now.getHeight()) > 0.5
                    || Math.abs(was.getWidth() - now.getWidth()) > 0.5)) {
                Platform.runLater(() -> show(page));
            }
        });
    }

    /** The board's type on a screen {@code height} px high: 3.6 % of it in whole pixels, never below a slide's least. */
    static double textPx(double height) {
        return Math.max(SlideView.leastTextPx(height), Math.ceil(TEXT_SHARE * height - 1e-9));
    }

    /** Names the filters that chose the deck's events, as every slide of the deck does; "" for none. */
    void setFilterNote(String text) {
        filtered.setText(text.isBlank() ? "" : text);
        filtered.setVisible(!text.isBlank());
    }

    String filterNote() {
        return filtered.getText();
    }

    /** Light or dark, as the slides are. */
    void setDark(boolean dark) {
        getStyleClass().remove(SlideView.DARK);
        if (dark) {
            getStyleClass().add(SlideView.DARK);
        }
    }

    /** Adds a hidden summary to {@code slide} for the events of the deck. */
    static PositionsSlide attach(StackPane slide, List<PositionsSummary.Row> rows) {
        PositionsSlide summary = new PositionsSlide(rows);
        slide.getChildren().add(summary);
        return summary;
    }

    void toggle() {
        setVisible(!isVisible());
        if (isVisible()) {
            makeRows();
            show(0);
        }
    }

    /**
     * The rows' labels, made the first time the board is shown. Made with the slide, their styling and
     * wrapping were part of the first slide's first frame, which a cold start kept blank for seconds
     * while a board nobody had asked for yet was laid out behind it.
     */
    private void makeRows() {
        if (rowsMade) {
            return;
        }
        rowsMade = true;
        List<Node> items = new ArrayList<>();
        for (PositionsSummary.Row row : rows) {
            items.add(new VBox(2, label(row.title(), "positions-slide-title"), label(row.kindAndBy(), "positions-slide-kind"),
                    label(row.stances(), "positions-slide-stances")));
        }
        list.getChildren().addAll(list.getChildren().size() - 1, items);
    }

    /** Whether the rows' labels have been made: not until the board is first shown. */
    boolean rowsMade() {
        return rowsMade;
    }

    /** Whether any position is tied to the deck's events: a board that only says there is none is no step to walk to. */
    boolean hasRows() {
        return !empty;
    }

    /**
     * Shows the next (or previous) page of whole rows: a clicker has no wheel. False when the
     * board is already at that end.
     */
    boolean page(boolean down) {
        int next = page + (down ? 1 : -1);
        if (next < 0 || next >= pageStarts.size()) {
            return false;
        }
        show(next);
        return true;
    }

    /**
     * Says in the board's corner what is being typed ("Go to step 3 — Enter"): the slide's own
     * corner, where it shows otherwise, is under the board.
     */
    void setNote(String text) {
        note = text;
        showPageNumber();
    }

    private void showPageNumber() {
        String pages = pageStarts.size() > 1 ? (page + 1) + " / " + pageStarts.size() : "";
        pageNumber.setText(note.isEmpty() ? pages : pages.isEmpty() ? note : note + "  \u00B7  " + pages);
    }

    /** The page shown, from 0. */
    int pageShown() {
        return page;
    }

    /** How many pages the board takes at its present size. */
    int pages() {
        return pageStarts.size();
    }

    /**
     * Counts the pages and shows page {@code n}: its rows from the top of the screen, the rows of
     * other pages hidden (they keep their place, so the page below starts where the screen ends).
     */
    private void show(int n) {
        // The heading first: on a narrow screen " (continued)" takes a line, and the page's room with it.
        heading.setText(PositionsSummary.HEADING + (n > 0 ? " (continued)" : ""));
        applyCss();
        layout();
        list.applyCss();
        list.layout();
        double view = scroll.getViewportBounds().getHeight();
        tail.setMinHeight(view);
        list.layout();
        List<Node> rows = list.getChildren().subList(0, list.getChildren().size() - 1);
        // Every page is broken for a later page's screen, whose heading, " (continued)", may take a line
        // more: breaks counted on each page's own screen moved as the heading grew, and a row was
        // shown on two pages.
        // The rows stop above the corner line (the page number, the end notice), which reaches higher than
        // the list's bottom padding: a full page's last line of stances ran into it.
        double below = Math.max(list.getPadding().getBottom(), cornerLineReach());
        double room = view - (n > 0 ? 0 : continuedGrowth()) - below - list.getPadding().getTop();
        List<Double> heights = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            // Each row with the gap above the next, as the list spaces them.
            double end = i + 1 < rows.size() ? rows.get(i + 1).getBoundsInParent().getMinY()
                    : rows.get(i).getBoundsInParent().getMaxY();
            heights.add(end - rows.get(i).getBoundsInParent().getMinY());
        }
        // As many pages as full pages would take, each about as full: the week's 21 positions had
        // filled four pages and left one row for a fifth.
        List<Integer> starts = view > 0 ? EvenPages.starts(heights, room) : List.of(0);
        pageStarts = List.copyOf(starts);
        page = Math.max(0, Math.min(n, pageStarts.size() - 1));
        int from = pageStarts.get(page);
        int to = page + 1 < pageStarts.size() ? pageStarts.get(page + 1) : rows.size();
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).setVisible(i >= from && i < to);
        }
        double y = rows.isEmpty() ? 0 : rows.get(from).getBoundsInParent().getMinY() - list.getPadding().getTop();
        double content = list.getBoundsInLocal().getHeight();
        scroll.setVvalue(page == 0 || content <= view ? 0 : Math.min(1, y / (content - view)));
        showPageNumber();
        heading.setText(PositionsSummary.HEADING + (page > 0 ? " (continued)" : ""));
    }

    /** How far up from the board's bottom edge its corner line reaches: its margin and one line of its type. */
    private double cornerLineReach() {
        Text line = new Text("1 / 1");
        line.setFont(pageNumber.getFont());
        return StackPane.getMargin(pageNumber).getBottom() + pageNumber.snappedTopInset() + pageNumber.snappedBottomInset()
                + Math.ceil(line.getLayoutBounds().getHeight());
    }

    /** How much taller the heading is with " (continued)" than the first page's, at its present width. */
    double continuedGrowth() {
        String first = heading.getText();
        double width = heading.getWidth();
        double now = heading.prefHeight(width);
        heading.setText(PositionsSummary.HEADING + " (continued)");
        double continued = heading.prefHeight(width);
        heading.setText(first);
        return Math.max(0, continued - now);
    }

    private static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
