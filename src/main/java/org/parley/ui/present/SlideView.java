package org.parley.ui.present;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
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
import org.parley.model.Event;
import org.parley.render.Painter;
import org.parley.render.Theme;
import org.parley.render.map.MapPainter;

/**
 * One slide: the step's title, date and place, its quote (or summary), the map of the place and
 * the timeline strip. Type, margins and the painted art grow with the window's height so the
 * slide reads the same from the back of a classroom at 720p and at 1080p.
 */
final class SlideView extends StackPane {

    static final String STYLE_CLASS = "presentation";
    static final String DARK = "dark";
    private static final String FAMILY = "DejaVu Sans";
    // The slide is designed at 720 px high; art is never drawn smaller than the panels' own design.
    private static final double DESIGN_HEIGHT = 720;

    private final Label title = label("slide-title");
    private final Label meta = label("slide-meta");
    private final Label counter = label("slide-counter");
    private final Label quote = label("slide-quote");
    private final Label speaker = label("slide-speaker");
    private final Label summary = label("slide-summary");
    private final Label overlay = label("slide-overlay");
    private final StepCanvas map = new StepCanvas("slide-map");
    private final StepCanvas strip = new StepCanvas("slide-timeline");
    private final VBox words = new VBox(quote, speaker, summary);
    private final HBox body;
    private final BorderPane slide = new BorderPane();

    private final Dataset dataset;
    private final List<Event> deck;
    private final ProjectedBasemap basemap;
    private final TimelineStrip timeline;
    private final MapPainter mapPainter = new MapPainter();
    private Step step;
    private boolean dark;

    SlideView(Dataset dataset, List<Event> deck, ProjectedBasemap basemap) {
        this.dataset = dataset;
        this.deck = List.copyOf(deck);
        this.basemap = basemap;
        this.timeline = new TimelineStrip(this.deck, dataset.zone(), dataset.focus());
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(SlideView.class.getResource("presentation.css").toExternalForm());

        title.setWrapText(true);
        quote.setWrapText(true);
        summary.setWrapText(true);
        summary.setMinHeight(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox metaRow = new HBox(meta, spacer, counter);
        metaRow.setAlignment(Pos.BASELINE_LEFT);
        VBox header = new VBox(title, metaRow);
        slide.setTop(header);

        words.setMinWidth(0);
        words.setFillWidth(true);
        map.setMinSize(0, 0);
        body = new HBox(words, map);
        HBox.setHgrow(map, Priority.ALWAYS);
        slide.setCenter(body);
        slide.setBottom(strip);

        StackPane.setAlignment(overlay, Pos.TOP_RIGHT);
        overlay.setVisible(false);
        overlay.setMouseTransparent(true);
        getChildren().addAll(slide, overlay);

        heightProperty().addListener((o, was, now) -> resize());
        widthProperty().addListener((o, was, now) -> resize());
        map.setArt((p, w, h) -> paintMap(p, w, h));
        strip.setArt((p, w, h) -> {
            if (step != null) {
                timeline.paint(p, step.event(), w, h, zoom(), theme());
            }
        });
    }

    private static Label label(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        return l;
    }

    void show(Step next) {
        step = next;
        title.setText(next.title());
        meta.setText(next.dateAndPlace());
        counter.setText(next.counter());
        if (next.hasQuote()) {
            quote.setText("\u201C" + next.quoteText() + "\u201D");
            speaker.setText(next.speakerName().isEmpty() ? "" : "\u2014 " + next.speakerName());
            summary.setText(next.summary());
        } else {
            // No quotation: the summary takes the quote's place and size.
            quote.setText(next.summary());
            speaker.setText("");
            summary.setText("");
        }
        speaker.setManaged(!speaker.getText().isEmpty());
        speaker.setVisible(speaker.isManaged());
        summary.setManaged(!summary.getText().isEmpty());
        summary.setVisible(summary.isManaged());
        map.repaint();
        strip.repaint();
    }

    void setDark(boolean on) {
        dark = on;
        getStyleClass().remove(DARK);
        if (on) {
            getStyleClass().add(DARK);
        }
        map.repaint();
        strip.repaint();
    }

    /** Shows {@code text} in the corner overlay, or hides it when blank. */
    void setOverlay(String text) {
        overlay.setText(text);
        overlay.setVisible(!text.isBlank());
    }

    Label titleLabel() {
        return title;
    }

    Label quoteLabel() {
        return quote;
    }

    Label overlayLabel() {
        return overlay;
    }

    private Theme theme() {
        return dark ? Theme.DARK : Theme.LIGHT;
    }

    private double zoom() {
        return Math.max(1, getHeight() / DESIGN_HEIGHT);
    }

    private void paintMap(Painter p, double w, double h) {
        if (step == null) {
            return;
        }
        double z = zoom();
        p.save();
        p.scale(z, z);
        mapPainter.paint(p, StepMap.scene(basemap, dataset, deck, step.number() - 1, w / z, h / z), theme());
        p.restore();
    }

    /** Type sizes in px as a share of the window's height: a 1080p slide gets a 54 px title. */
    private void resize() {
        double h = Math.max(1, getHeight());
        double u = h / 100;
        title.setFont(Font.font(FAMILY, FontWeight.BOLD, Math.max(22, 5 * u)));
        meta.setFont(Font.font(FAMILY, Math.max(14, 2.6 * u)));
        counter.setFont(Font.font(FAMILY, Math.max(12, 2.1 * u)));
        quote.setFont(Font.font(FAMILY, Math.max(16, 3.3 * u)));
        speaker.setFont(Font.font(FAMILY, FontWeight.BOLD, Math.max(13, 2.5 * u)));
        summary.setFont(Font.font(FAMILY, Math.max(12, 2.2 * u)));
        overlay.setFont(Font.font(FAMILY, FontWeight.BOLD, Math.max(14, 2.4 * u)));

        slide.setPadding(new Insets(3 * u, 4 * u, 2 * u, 4 * u));
        ((VBox) slide.getTop()).setSpacing(0.6 * u);
        BorderPane.setMargin(slide.getTop(), new Insets(0, 0, 2.5 * u, 0));
        BorderPane.setMargin(strip, new Insets(2 * u, 0, 0, 0));
        words.setSpacing(1.6 * u);
        body.setSpacing(3 * u);
        StackPane.setMargin(overlay, new Insets(1.5 * u));
        double contentWidth = Math.max(1, getWidth() - 8 * u);
        words.setPrefWidth(contentWidth * 0.42);
        words.setMaxWidth(contentWidth * 0.42);
        strip.setPrefHeight(h * 0.22);
        strip.setMinHeight(h * 0.22);
    }
}
