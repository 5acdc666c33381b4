package org.parley.ui.present;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.parley.export.handout.Step;

/**
 * A context step's list on a slide, one row an item: its bullet, then its text wrapping beside it,
 * so an item's second line starts under its first word. In one label the wrapped lines began under
 * the bullets and a long item read as two. A line without a bullet ("… and 3 more") spans the row.
 */
final class ItemList extends VBox {

    private List<String> shown = List.of();
    private Font font;

    ItemList() {
        setMinHeight(Region.USE_PREF_SIZE);
        setFillWidth(true);
    }

    /** The lines of a step's summary: one item each, each beginning with {@link Step#BULLET}. */
    static List<String> items(String text) {
        return List.of(text.split("\n"));
    }

    /** Whether {@code line} is an item, drawn with its bullet hanging. */
    static boolean isItem(String line) {
        return line.startsWith(Step.BULLET);
    }

    /** The room between a bullet's left edge and its item's text. */
    static double indent(TextFit fit, Font font) {
        return fit.width(BULLET, font) + gap(font);
    }

    private static double gap(Font font) {
        return Math.ceil(0.35 * font.getSize());
    }

    private static final String BULLET = Step.BULLET.strip();
    /** The quotation's colours: the list takes the quotation's place on a context step. */
    private static final String STYLE_CLASS = "slide-quote";

    /** Shows {@code lines} in {@code font}; the rows are made again only when the lines change. */
    void show(List<String> lines, Font size) {
        if (!lines.equals(shown)) {
            shown = List.copyOf(lines);
            List<Region> rows = new ArrayList<>();
            for (String line : lines) {
                rows.add(isItem(line) ? row(line.substring(Step.BULLET.length())) : text(line));
            }
            getChildren().setAll(rows);
            font = null;
        }
        if (!size.equals(font)) {
            font = size;
            for (Label l : labels()) {
                l.setFont(size);
            }
            for (var node : getChildren()) {
                if (node instanceof HBox row) {
                    row.setSpacing(gap(size));
                }
            }
        }
    }

    private static HBox row(String item) {
        Label bullet = new Label(BULLET);
        bullet.getStyleClass().add(STYLE_CLASS);
        bullet.setMinWidth(Region.USE_PREF_SIZE);
        Label text = text(item);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(bullet, text);
        row.setAlignment(Pos.BASELINE_LEFT);
        return row;
    }

    private static Label text(String line) {
        Label l = new Label(line);
        l.getStyleClass().add(STYLE_CLASS);
        l.setWrapText(true);
        l.setMinWidth(0);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    /** The lines shown, one an item, each with its bullet. */
    String text() {
        return String.join("\n", shown);
    }

    /** Every label of the list, bullets and texts, in order. */
    List<Label> labels() {
        List<Label> out = new ArrayList<>();
        for (var node : getChildren()) {
            if (node instanceof Label l) {
                out.add(l);
            } else {
                ((HBox) node).getChildren().forEach(c -> out.add((Label) c));
            }
        }
        return out;
    }

    /** The height of {@code lines} in {@code font} at {@code width}, as the rows lay them out. */
    static double height(TextFit fit, List<String> lines, Font font, double width) {
        double indent = indent(fit, font);
        double sum = 0;
        for (String line : lines) {
            sum += isItem(line) ? fit.height(line.substring(Step.BULLET.length()), font, Math.max(1, width - indent))
                    : fit.height(line, font, width);
        }
        return sum;
    }
}
