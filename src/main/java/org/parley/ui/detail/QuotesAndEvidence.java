package org.parley.ui.detail;

import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.Quote;
import org.parley.model.Reading;
import org.parley.model.Source;
import org.parley.model.SourcePart;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The event's quotations with their speakers, and the passages it rests on: each opens at its words in the article. */
final class QuotesAndEvidence {
    /** Style class of evidence that lies in a non-reporting part of its source. */
    static final String NON_REPORTING = "detail-evidence-non-reporting";
    /** A divergence's reading, which is drawn as evidence is but is not the event's own. */
    static final String READING = "detail-divergence-reading";
    /** Style classes of the links for the next page of quotes and of passages. */
    static final String MORE_QUOTES = "detail-more-quotes";
    static final String MORE_EVIDENCE = "detail-more-evidence";

    private QuotesAndEvidence() {
    }

    /**
     * The event's quotations; a click on one opens it where it stands in its article ({@code read}), as
     * a passage does: they had been the one line of the pane that led nowhere, though each is a
     * speaker's exact words in one paper.
     */
    static VBox quotes(List<Quote> quotes, Dataset dataset, Consumer<Quote> read) {
        VBox box = new VBox(DetailText.heading("Quotes"));
        box.getStyleClass().add("detail-section");
        Paged.append(box, quotes, q -> {
            String speaker = dataset.actor(q.speaker()).map(Actor::name).orElse(q.speaker());
            Label line = DetailText.of(DetailText.quoted(q.text()) + " — " + speaker + ", "
                    + publisher(dataset, q.source()), "detail-quote");
            opensInArticle(line, () -> read.accept(q));
            return line;
        }, "quote", MORE_QUOTES);
        return box;
    }

    /** The event's passages; a click on one opens it where it stands in its article ({@code read}). */
    static VBox evidence(Event event, Dataset dataset, Consumer<Evidence> read) {
        VBox box = new VBox(DetailText.heading("Evidence"));
        box.getStyleClass().add("detail-section");
        Paged.append(box, event.evidence(), e -> {
            Label line = evidenceLine(e, dataset);
            opensInArticle(line, () -> read.accept(e));
            return line;
        }, "passage", MORE_EVIDENCE);
        return box;
    }

    /** Makes {@code line} open its words in the article ({@code read}) on a click, or Enter or Space. */
    private static void opensInArticle(Label line, Runnable read) {
        line.setCursor(Cursor.HAND);
        line.setAccessibleHelp("Click, or press Enter, to read it in the article");
        Tooltip.install(line, SharedHint.READ_IN_ARTICLE);
        line.setOnMouseClicked(click -> {
            if (click.getButton() == MouseButton.PRIMARY && click.isStillSincePress()) {
                read.run();
            }
        });
        // A stop for Tab, opened with Enter or Space: the lines took clicks only, and the keyboard
        // could not follow a passage to its article.
        line.setFocusTraversable(true);
        line.setOnKeyPressed(key -> {
            if ((key.getCode() == KeyCode.ENTER || key.getCode() == KeyCode.SPACE)
                    && !key.isShortcutDown() && !key.isAltDown()) {
                key.consume();
                read.run();
            }
        });
    }

    /** One tooltip for every passage line: a tooltip is a window of its own, not worth one per line. */
    private static final class SharedHint {
        static final Tooltip READ_IN_ARTICLE = new Tooltip(
                "Click, or press Enter, to read it in the article (Source tab)");
    }

    /**
     * One passage: its words, its paper, whom the paper credits ("according to …") and, first, a
     * badge when it is not reporting at all (a headline of another article, a caption, …).
     */
    static Label evidenceLine(Evidence e, Dataset dataset) {
        Label line = DetailText.of(badge(e, dataset) + DetailText.quoted(e.text()) + " — "
                + publisher(dataset, e.source()) + credit(e, dataset), "detail-evidence");
        if (dataset.partOf(e).isPresent()) {
            line.getStyleClass().add(NON_REPORTING);
        }
        return line;
    }

    /** "[Photo caption — not reporting] " for evidence in a non-reporting part, else "". */
    static String badge(Evidence e, Dataset dataset) {
        return badge(dataset.partOf(e));
    }

    private static String badge(Optional<SourcePart> part) {
        return part.map(p -> "[" + p.kind().label() + " — not reporting] ").orElse("");
    }

    /**
     * A divergence's reading as its column shows it, badged as evidence is when it lies in a caption
     * or another part that is not reporting: the Post spells Fomin only in its photo caption.
     */
    static Label readingLine(Reading r, Dataset dataset) {
        var part = dataset.source(r.source()).flatMap(s -> s.partAt(r.span()));
        Label line = DetailText.of(badge(part) + DetailText.quoted(r.text()), "detail-evidence");
        line.getStyleClass().add(READING);
        part.ifPresent(p -> line.getStyleClass().add(NON_REPORTING));
        return line;
    }

    /** ", according to …" when the paper credits someone, else "". */
    static String credit(Evidence e, Dataset dataset) {
        String credit = dataset.creditOf(e);
        return credit.isEmpty() ? "" : ", according to " + credit;
    }

    static String publisher(Dataset dataset, String sourceId) {
        return dataset.source(sourceId).map(Source::publisher).orElse(sourceId);
    }
}
