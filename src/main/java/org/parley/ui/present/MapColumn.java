package org.parley.ui.present;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.parley.render.map.UnnamedMarks;

/**
 * A slide's map with, under it, what the map marks but could not name ("Also marked: Germany, Southern Russia") and
 * what its dashed outline is when neither Crimea's note nor its key found room ("Dashed: Crimea (annexed 2014)"): a
 * slide map is 120–310 px on its own scale and its labeller drops names that would collide.
 *
 * <p>The caption's room is fixed before the map is drawn (decision 0146): none when the map at the column's whole
 * height names all it marks, else the lines that map's caption needs, at most {@link #mostLines}. The map is then
 * made once for the height left, and the caption said from that map as drawn, ending "… and N more" if it would not
 * fit its lines. Sized from the caption it was drawn with, the map had shrunk, named less, and shrunk again.
 */
final class MapColumn extends VBox {

    /**
     * The most lines a caption takes from the map: a third would leave a strip of map at 1024×768, unless Crimea's
     * line alone takes two ({@link #mostLines}).
     */
    static final int MOST_LINES = 2;
    /** Before how many places a caption had no room for, as a context step's list says it. */
    static final String AND_MORE = TextFit.ELLIPSIS + " and ";

    private final StepCanvas map;
    private final TextFit fit;
    private final Label caption = new Label();
    private int step = -1;
    private int lines;
    /** What the map drawn last left unsaid, as the caption says it; null until the step's own map is drawn. */
    private UnnamedMarks said;

    MapColumn(StepCanvas map, TextFit fit) {
        this.map = map;
        this.fit = fit;
        caption.getStyleClass().add("slide-map-caption");
        caption.setWrapText(true);
        // Only a safety net: the caption is made to fit its lines before it is shown.
        caption.setTextOverrun(OverrunStyle.WORD_ELLIPSIS);
        caption.setMaxWidth(Double.MAX_VALUE);
        // Fitted to the column's width, never asking for its own: a caption's one-line width had taken part in
        // sharing the slide with the words. At 1024x768 a caption fitted for a wide column kept it wide and cut the
        // summary beside it ("… that must be …"), or the words won and the caption, kept from the wider column, was
        // cut ("Dashed: Crimea (annexed 2014)…").
        caption.setMinWidth(0);
        caption.setPrefWidth(0);
        caption.managedProperty().bind(caption.visibleProperty());
        caption.setVisible(false);
        // The map takes what the caption leaves.
        map.setPrefHeight(0);
        VBox.setVgrow(map, Priority.ALWAYS);
        getChildren().addAll(map, caption);
        setMinSize(0, 0);
        // A new width (the window resized) shows the last map fitted into the new box until the map for it is
        // made: its caption is fitted to the new width too, not left at the old one, where a narrower column cut it.
        widthProperty().addListener((o, was, now) -> say());
    }

    /** The caption under the map: "Dashed: …", "Also marked: …", or hidden when the map names all it marks. */
    Label caption() {
        return caption;
    }

    /** The lines kept for the caption under the map now. */
    int lines() {
        return lines;
    }

    void setFont(Font font) {
        if (!font.equals(caption.getFont())) {
            caption.setFont(font);
            keep(lines);
        }
    }

    /** A new step is shown, with the caption's lines if already known (else none until they are): no caption yet. */
    void show(int index, int knownLines) {
        step = index;
        said = null;
        caption.setText("");
        keep(knownLines);
    }

    /**
     * The lines the caption of a map that left {@code unsaid} at the column's whole height needs at {@code width}:
     * 0 when it named all, else as many as its fitted caption takes, at most {@link #mostLines}.
     */
    int linesFor(UnnamedMarks unsaid, double width) {
        if (unsaid.none()) {
            return 0;
        }
        int most = mostLines(unsaid, width);
        String text = fitted(unsaid, most, width);
        if (text.isEmpty()) {
            return most;
        }
        double height = fit.height(text, caption.getFont(), width);
        return (int) Math.max(1, Math.min(most, Math.round(height / lineHeight())));
    }

    /**
     * The most lines a caption for {@code unsaid} may take at {@code width}: {@link #MOST_LINES}, or one more where
     * Crimea's line alone takes two and something else is left to say. Beside the widest words (a third of 1024)
     * "Dashed: Crimea (annexed 2014)" wraps, and at two lines steps 12 and 25 said nothing of the places or days the
     * map left out.
     */
    int mostLines(UnnamedMarks unsaid, double width) {
        boolean more = !unsaid.places().isEmpty() || !unsaid.undatedStops().isEmpty();
        return more && !unsaid.dashedLine().isEmpty()
                && fit.height(unsaid.dashedLine(), caption.getFont(), width) > lineHeight() + 1
                ? MOST_LINES + 1 : MOST_LINES;
    }

    /** The height {@code count} lines of caption take from the map, in px. */
    double room(int count) {
        return count == 0 ? 0 : fit.height(String.join("\n", Collections.nCopies(count, "Xg")),
                caption.getFont(), 10_000);
    }

    /** Keeps {@code count} lines under the map: the map is laid out again only when that changes. */
    void keep(int count) {
        lines = count;
        double room = room(count);
        if (caption.getMinHeight() != room || caption.isVisible() != (count > 0)) {
            caption.setMinHeight(room);
            caption.setPrefHeight(room);
            caption.setMaxHeight(room);
            caption.setVisible(count > 0);
        }
        // Fewer lines, or a new font: what the caption says is fitted again, not cut by the label.
        say();
    }

    /** The step's own map was drawn in the room left and left {@code unnamed} unsaid: the caption says so. */
    void mapDrawn(int index, UnnamedMarks unnamed) {
        if (index != step) {
            return;
        }
        said = unnamed;
        say();
    }

    /** Says what the map drawn last left unsaid, fitted to the caption's lines at the column's width now. */
    private void say() {
        String text = lines == 0 || said == null ? "" : fitted(said, lines, Math.max(1, getWidth()));
        if (!text.equals(caption.getText())) {
            caption.setText(text);
        }
    }

    /**
     * The caption for {@code unsaid} in at most {@code most} lines at {@code width}: Crimea's line first, as a dashed
     * line nobody explains misleads more than an unnamed circle; then the days of the route stops the map named
     * without them ("Dates: Geneva 9–10 Jan"), as the story's "when" is what the route is for; then as many places as
     * fit and "… and N more". Each place is still in its tooltip and in the step's place line.
     */
    String fitted(UnnamedMarks unsaid, int most, double width) {
        double room = lineHeight() * most + 1;
        List<String> places = unsaid.places();
        // With the stops' days if the room holds them and every place said or counted, else without them.
        for (String head : new LinkedHashSet<>(List.of(lines(unsaid.dashedLine(), unsaid.datesLine()),
                unsaid.dashedLine()))) {
            for (String also : alsoMarked(places)) {
                String text = lines(head, also);
                if (fits(text, width, room)) {
                    return text;
                }
            }
            // The head has the room: the places it leaves no room for are counted after it.
            String counted = head + " " + AND_MORE + places.size() + " more";
            if (!head.isEmpty() && !places.isEmpty() && fits(counted, width, room)) {
                return counted;
            }
            // The stops' days before a count of places (decision 0151): "… and 1 more" tells a class nothing of when.
            if (!unsaid.datesLine().isEmpty() && head.endsWith(unsaid.datesLine()) && fits(head, width, room)) {
                return head;
            }
        }
        for (String text : List.of(lines(unsaid.dashedLine(), unsaid.datesLine()), unsaid.dashedLine(),
                unsaid.datesLine())) {
            if (fits(text, width, room)) {
                return text;
            }
        }
        return "";
    }

    /** The non-empty of {@code parts}, a line each. */
    private static String lines(String... parts) {
        return String.join("\n", Arrays.stream(parts).filter(p -> !p.isEmpty()).toList());
    }

    /** "Also marked: A, B, C", then with fewer places and "… and N more", the fullest first. */
    private static List<String> alsoMarked(List<String> places) {
        List<String> ways = new ArrayList<>();
        if (places.isEmpty()) {
            ways.add("");
            return ways;
        }
        ways.add(UnnamedMarks.ALSO_MARKED + String.join(", ", places));
        for (int shown = places.size() - 1; shown > 0; shown--) {
            ways.add(UnnamedMarks.ALSO_MARKED + String.join(", ", places.subList(0, shown)) + " " + AND_MORE
                    + (places.size() - shown) + " more");
        }
        ways.add(UnnamedMarks.ALSO_MARKED + places.size() + (places.size() == 1 ? " place" : " places"));
        return ways;
    }

    /** Whether the caption for {@code unsaid} fits {@code most} lines with nothing left out. */
    boolean wholeIn(UnnamedMarks unsaid, int most, double width) {
        return fits(lines(unsaid.dashedLine(), unsaid.datesLine(), also(unsaid)), width, lineHeight() * most + 1);
    }

    private static String also(UnnamedMarks unsaid) {
        return unsaid.places().isEmpty() ? "" : UnnamedMarks.ALSO_MARKED + String.join(", ", unsaid.places());
    }

    private boolean fits(String text, double width, double room) {
        return text.isEmpty() || fit.height(text, caption.getFont(), width) <= room
                && widest(text) <= width;
    }

    /** The widest word run cannot exceed the width: a single word wider than it is cut by the label. */
    private double widest(String text) {
        double widest = 0;
        for (String word : text.split("[ \n]")) {
            widest = Math.max(widest, fit.width(word, caption.getFont()));
        }
        return widest;
    }

    private double lineHeight() {
        return fit.lineHeight(caption.getFont());
    }
}
