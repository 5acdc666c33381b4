package org.parley.ui.present;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.parley.export.handout.PositionsSummary;
import org.parley.export.handout.Step;
import org.parley.model.Dataset;
import org.parley.model.Divergence;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.Reading;
import org.parley.model.Source;
import org.parley.seed.Printable;

/**
 * The teacher's own screen while the class sees the slides: the current and the next step, the
 * step's quotation and whether it is still held back, the sentences the step rests on, how the
 * other paper reads the same moment, and a clock with the time since the start. Shown only when a
 * second screen is connected. Type grows with the window from its sizes at 720 px high.
 */
final class PresenterView extends BorderPane {

    private static final String FAMILY = "DejaVu Sans";
    private static final String BASE_SIZE = "presenter-base-size";
    private static final String BOLD = "presenter-bold";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** The height the base type sizes are chosen for: a laptop's 1280×720. */
    private static final double BASE_HEIGHT = 720;

    private final Dataset dataset;
    private final Supplier<LocalTime> now;
    private final LocalTime started;
    private final Label clock = label("presenter-clock", 28, true);
    private final Label current = label("presenter-current", 26, true);
    private final Label next = label("presenter-next", 20, false);
    private final Label quote = label("presenter-quote", 20, false);
    private final Label reveal = label("presenter-reveal", 18, true);
    private final VBox evidence = new VBox(6);
    private final VBox readings = new VBox(6);
    private final List<Label> headings = List.of(heading("What the papers say"), heading("The other paper's reading"));
    private final Timeline ticker;

    PresenterView(Dataset dataset, Supplier<LocalTime> now) {
        this.dataset = dataset;
        this.now = now;
        this.started = now.get();
        setId("presenter-view");
        setStyle("-fx-background-color: #1b1f24;");
        setPadding(new Insets(24));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // The clock keeps its one line; the step's title wraps beside it.
        clock.setWrapText(false);
        clock.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(current, Priority.ALWAYS);
        HBox top = new HBox(24, current, spacer, clock);
        reveal.setStyle("-fx-text-fill: #1b1f24; -fx-background-color: #ffd33d; -fx-padding: 2 8 2 8;");
        VBox body = new VBox(14, reveal, quote, next, headings.get(0), evidence, headings.get(1), readings);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setStyle("-fx-background: #1b1f24; -fx-background-color: #1b1f24;");
        setTop(top);
        setCenter(scroll);
        BorderPane.setMargin(scroll, new Insets(16, 0, 0, 0));
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        tick();
        heightProperty().addListener((o, was, high) -> rescale(high.doubleValue()));
    }

    /** Each label's size at 720 px, kept so that growing the window never compounds. */
    private void rescale(double height) {
        double zoom = Math.max(1, height / BASE_HEIGHT);
        // Every label by name: those inside the scroll pane are not its children until it has a skin.
        Stream.of(List.of(clock, current, next, quote, reveal), headings, evidence.getChildren(),
                readings.getChildren()).flatMap(List::stream).forEach(n -> {
            if (n instanceof Label l && l.getProperties().get(BASE_SIZE) instanceof Double base) {
                boolean bold = Boolean.TRUE.equals(l.getProperties().get(BOLD));
                l.setFont(Font.font(FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, base * zoom));
            }
        });
        setPadding(new Insets(24 * zoom));
    }

    private static Label label(String id, double size, boolean bold) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setFont(Font.font(FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
        l.getProperties().put(BASE_SIZE, size);
        l.getProperties().put(BOLD, bold);
        l.setStyle("-fx-text-fill: #f0f3f6;");
        return l;
    }

    private static Label heading(String text) {
        Label l = label("", 16, true);
        l.setText(text.toUpperCase(Locale.ROOT));
        l.setStyle("-fx-text-fill: #ffd33d;");
        return l;
    }

    void start() {
        ticker.play();
    }

    void stop() {
        ticker.stop();
    }

    /** Shows {@code step}, and {@code following} as what comes next (null at the end). */
    void show(Step step, Step following) {
        show(step, following, false);
    }

    /**
     * As {@link #show(Step, Step)}; {@code quoteHidden} says the class does not see the quotation
     * yet, so the teacher knows the next click shows it rather than moving on.
     */
    void show(Step step, Step following, boolean quoteHidden) {
        show(step, following, quoteHidden, false);
    }

    /** As above; {@code boardAfter} says the positions board follows the last step. */
    void show(Step step, Step following, boolean quoteHidden, boolean boardAfter) {
        setSectionsVisible(true);
        current.setText(step.counter() + " \u00B7 " + step.title());
        quote.setText(step.hasQuote() ? step.quoteLine() : "");
        quote.setManaged(step.hasQuote());
        quote.setVisible(step.hasQuote());
        reveal.setText(quoteHidden ? "Quotation not shown yet \u2014 the next click shows it" : "");
        reveal.setManaged(quoteHidden);
        reveal.setVisible(quoteHidden);
        next.setText(following != null ? "Next: " + following.title()
                : boardAfter ? "Next: " + PositionsSummary.HEADING + " (the positions board)" : "Next: \u2014 (last step)");
        evidence.getChildren().setAll(step.events().stream().flatMap(e -> e.evidence().stream())
                .map(this::evidenceLine).toList());
        List<Label> other = step.events().stream().map(Event::id).flatMap(id -> dataset.divergencesOf(id).stream())
                .distinct().map(this::readingLine).toList();
        readings.getChildren().setAll(other.isEmpty()
                ? List.of(line("The papers do not differ on this step.")) : other);
        rescale(getHeight());
    }

    /**
     * The positions board is in front of the slide: its page, and what the next click does; {@code lastStep}
     * when it was reached past the deck's last step rather than opened with P over a slide.
     */
    void showBoard(int page, int pages, boolean lastStep) {
        setSectionsVisible(false);
        current.setText(PositionsSummary.HEADING + (pages > 1 ? " \u00B7 page " + page + " of " + pages : ""));
        reveal.setText("");
        reveal.setManaged(false);
        reveal.setVisible(false);
        quote.setManaged(false);
        quote.setVisible(false);
        next.setText(page < pages ? "Next: page " + (page + 1) + " of the board"
                : lastStep ? "Next: \u2014 (the end; back returns to the slides, Esc closes the board)"
                : "Next: back to the slide under the board");
        rescale(getHeight());
    }

    /** The evidence and the other paper's reading belong to a step, not to the board. */
    private void setSectionsVisible(boolean shown) {
        for (Node n : List.of(headings.get(0), evidence, headings.get(1), readings)) {
            n.setVisible(shown);
            n.setManaged(shown);
        }
    }

    private Label evidenceLine(Evidence e) {
        return line(publisher(e.source()) + ": " + Printable.quoted(e.text()));
    }

    private Label readingLine(Divergence d) {
        StringBuilder text = new StringBuilder(d.topic());
        for (Reading r : d.readings()) {
            text.append("\n  ").append(publisher(r.source())).append(": ").append(Printable.quoted(r.text()));
        }
        return line(text.toString());
    }

    private String publisher(String sourceId) {
        return dataset.source(sourceId).map(Source::publisher).orElse(sourceId);
    }

    private static Label line(String text) {
        Label l = label("", 18, false);
        l.setText(text);
        return l;
    }

    private void tick() {
        LocalTime t = now.get();
        Duration since = Duration.between(started, t);
        if (since.isNegative()) {
            since = since.plusDays(1);
        }
        clock.setText(CLOCK.format(t) + "  (" + since.toMinutes() + ":" + String.format("%02d", since.toSecondsPart())
                + ")");
    }

    Label clockLabel() {
        return clock;
    }

    Label currentLabel() {
        return current;
    }

    Label revealLabel() {
        return reveal;
    }

    Label nextLabel() {
        return next;
    }

    List<String> evidenceTexts() {
        return evidence.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    List<String> readingTexts() {
        return readings.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }
}
