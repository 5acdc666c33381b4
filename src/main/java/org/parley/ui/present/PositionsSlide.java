package org.parley.ui.present;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.parley.export.handout.PositionsSummary;

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
    /** The rows, a page at a time, in two columns where the screen is wide enough. */
    private final BoardColumns list = new BoardColumns();
    private final Label pageNumber = new Label();
    private String note = "";
    /** "Filtered: place Geneva" under the heading of a filtered deck's board, as on its slides; "" otherwise. */
    private final Label filtered = label("", "positions-slide-kind");
    /** Over every page, not only the first: a class that joins on page 3 still reads what the board is. */
    private final Label heading = label(PositionsSummary.HEADING, "positions-slide-heading");
    private final boolean empty;
    private final List<PositionsSummary.Row> rows;
    private boolean rowsMade;
    private int pages = 1;
    private int page;
    /** The board's size its type was last fitted at, as "width x height"; "" before it is first shown. */
    private String fittedAt = "";

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
            // Shown, the board fits its type to its new size itself (show): set here too, the fitted size was undone.
            if (!isVisible()) {
                typeSize(textPx(now.doubleValue()));
            }
        });
        if (rows.isEmpty()) {
            list.getChildren().add(label("No position is tied to the events of this presentation.", "positions-slide-kind"));
        }
        this.rows = rows;
        pageNumber.getStyleClass().add("positions-slide-page");
        pageNumber.setId("positions-slide-page");
        StackPane.setAlignment(pageNumber, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(pageNumber, new Insets(0, 24, 16, 0));
        VBox.setVgrow(list, Priority.ALWAYS);
        // The heading spans the board, so its width is the one " (continued)" is measured at: at its own
        // text's width the longer heading wrapped, and the first page kept a line free for nothing.
        heading.setMaxWidth(Double.MAX_VALUE);
        filtered.managedProperty().bind(filtered.visibleProperty());
        filtered.setVisible(false);
        getChildren().addAll(new VBox(heading, filtered, list), pageNumber);
        setAlignment(Pos.TOP_LEFT);
        setVisible(false);
        // A new size lays the rows out anew: the pages are counted again, the page shown stays. It
        // had started over, and on a 4:3 screen the heading of a later page, a line longer, made the
        // viewport shorter each time a clicker paged: the board went back to its first page.
        // (Only the board's own size: the rows' room changes with the heading of each page as well.)
        for (var side : List.of(widthProperty(), heightProperty())) {
            side.addListener((o, was, now) -> {
                // Hidden, nothing is counted: the board is laid out when P or the last step shows it.
                if (isVisible() && Math.abs(was.doubleValue() - now.doubleValue()) > 0.5) {
                    Platform.runLater(() -> show(page));
                }
            });
        }
    }

    /** The board's type on a screen {@code height} px high: 3.6 % of it in whole pixels, never below a slide's least. */
    static double textPx(double height) {
        return Math.max(SlideView.leastTextPx(height), Math.ceil(TEXT_SHARE * height - 1e-9));
    }

    /** Names the filters that chose the deck's events, as every slide of the deck does; "" for none. */
    void setFilterNote(String text) {
        filtered.setText(text.isBlank() ? "" : text);
        filtered.setVisible(!text.isBlank());
        // A line more or less above the rows: the type is fitted again when next shown.
        fittedAt = "";
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
            // The kind and the stances share their lines: each on a line of its own, most rows took a line
            // more than their words, and the week's board a page more.
            TextFlow detail = new TextFlow(text(row.kindAndBy() + " \u2014 ", "positions-slide-kind"),
                    text(row.stances(), "positions-slide-stances"));
            items.add(new VBox(2, label(row.title(), "positions-slide-title"), detail));
        }
        list.getChildren().addAll(items);
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
        if (next < 0 || next >= pages) {
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
        String count = pages > 1 ? (page + 1) + " / " + pages : "";
        pageNumber.setText(note.isEmpty() ? count : count.isEmpty() ? note : note + "  \u00B7  " + count);
    }

    /** The page shown, from 0. */
    int pageShown() {
        return page;
    }

    /** How many pages the board takes at its present size. */
    int pages() {
        return pages;
    }

    /**
     * Counts the pages and shows page {@code n}: its rows from the top of the screen, the rows of
     * other pages hidden. The type is fitted first when the board's size is new.
     */
    private void show(int n) {
        // The heading first: on a narrow screen " (continued)" takes a line, and the page's room with it.
        heading.setText(PositionsSummary.HEADING + (n > 0 ? " (continued)" : ""));
        String at = getWidth() + "x" + getHeight();
        if (!at.equals(fittedAt)) {
            fittedAt = at;
            fitType(n);
        }
        page = Math.max(0, Math.min(n, pages - 1));
        list.show(page);
        showPageNumber();
        heading.setText(PositionsSummary.HEADING + (page > 0 ? " (continued)" : ""));
    }

    /**
     * The largest type, from the board's own size down to a slide's least, at which the board takes the fewest
     * pages. At its own size alone (3.6 % of the height) the week's board took a page more than at 3.4 %.
     */
    private void fitType(int n) {
        double h = getHeight();
        double largest = textPx(h);
        double least = SlideView.leastTextPx(h);
        double best = largest;
        int fewest = Integer.MAX_VALUE;
        for (double px = largest; px >= least; px -= 1) {
            typeSize(px);
            int count = count(n);
            if (count < fewest) {
                fewest = count;
                best = px;
            }
        }
        typeSize(best);
        pages = count(n);
    }

    /** Sets the board's type to {@code px}; its margins and spacing keep to the slide's least type. */
    private void typeSize(double px) {
        double least = SlideView.leastTextPx(getHeight());
        // The margins and the gap between columns are a slide's own (3 % of the height above, 4 % at the sides, 3 %
        // between the words and the map), so the board's heading stands where a slide's title does.
        double u = Math.max(1, getHeight()) / 100;
        setStyle("-fx-font-size: " + px + "px;");
        list.setSpacing(0.6 * least, 3 * u, px);
        list.setPadding(new Insets(0.6 * least, 4 * u, 2 * u, 4 * u));
        heading.setPadding(new Insets(3 * u, 4 * u, 0, 4 * u));
        filtered.setPadding(new Insets(0, 4 * u, 0, 4 * u));
    }

    /** How many pages the rows take at the present type, each page broken for a later page's screen. */
    private int count(int n) {
        applyCss();
        layout();
        double view = list.getHeight();
        // Every page is broken for a later page's screen, whose heading, " (continued)", may take a line
        // more: breaks counted on each page's own screen moved as the heading grew, and a row was
        // shown on two pages.
        // The rows stop above the corner line (the page number, the end notice), which reaches higher than
        // the list's bottom padding: a full page's last line of stances ran into it.
        double below = Math.max(list.getPadding().getBottom(), cornerLineReach());
        // Two px short, so rounding inside the rows never tips the last line over the corner line.
        double room = view - (n > 0 ? 0 : continuedGrowth()) - below - list.getPadding().getTop() - 2;
        double width = list.getWidth() - list.getPadding().getLeft() - list.getPadding().getRight();
        return view > 0 ? list.paginate(width, room) : 1;
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

    private static Text text(String words, String styleClass) {
        Text t = new Text(words);
        t.getStyleClass().add(styleClass);
        return t;
    }

    private static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
