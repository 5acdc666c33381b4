package org.parley.ui.detail;

import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.Divergence;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.Quote;
import org.parley.model.Reading;
import org.parley.model.Source;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * "How the papers reported it": a column per source with its passages and quotations for the
 * event, then the divergences that concern the event, each paper's reading side by side.
 */
final class PapersSection {

    static final String COLUMN = "detail-paper-column";
    /** Style classes of the links for the next page of a paper's lines and of the divergences. */
    static final String MORE_LINES = "detail-more-lines";
    static final String MORE_DIVERGENCES = "detail-more-divergences";
    /**
     * Up to this many papers, each has its column, "Not reported." included: beside the week's two
     * papers, a silence is news. Beyond it only the papers that reported the event have one; a
     * dataset of 1,000 sources made 1,000 columns a letter wide and took 3 s to lay out.
     */
    static final int ALL_PAPERS_LIMIT = 4;

    private PapersSection() {
    }

    static VBox build(Event event, Dataset dataset) {
        VBox box = new VBox(DetailText.heading("How the papers reported it"));
        box.getStyleClass().addAll("detail-section", "detail-papers");
        List<VBox> columns = new ArrayList<>();
        int silent = 0;
        for (Source s : dataset.sources()) {
            if (dataset.sources().size() <= ALL_PAPERS_LIMIT || reports(s, event, dataset)) {
                columns.add(column(s, event, dataset));
            } else {
                silent++;
            }
        }
        if (!columns.isEmpty()) {
            box.getChildren().add(sideBySide(columns));
        }
        if (silent > 0) {
            box.getChildren().add(DetailText.of("Not reported by " + (columns.isEmpty() ? "any of the " : "the other ")
                    + silent + (silent == 1 ? " paper." : " papers."), "detail-muted"));
        }
        List<Divergence> divergences = dataset.divergencesOf(event.id());
        if (!divergences.isEmpty()) {
            box.getChildren().add(DetailText.of("Where they differ", "detail-subheading"));
            // Last in the section, so the page's link stays at its end.
            Paged.append(box, divergences, d -> divergence(d, dataset), "divergence", MORE_DIVERGENCES);
        }
        return box;
    }

    private static VBox column(Source source, Event event, Dataset dataset) {
        VBox col = new VBox(DetailText.of(source.publisher(), "detail-paper-name"));
        col.getStyleClass().add(COLUMN);
        col.setUserData(source.id());
        List<Supplier<Node>> own = new ArrayList<>();
        for (Evidence e : event.evidence()) {
            if (e.source().equals(source.id())) {
                own.add(() -> DetailText.of(QuotesAndEvidence.badge(e, dataset) + DetailText.quoted(e.text())
                        + QuotesAndEvidence.credit(e, dataset), "detail-evidence"));
            }
        }
        for (Quote q : dataset.quotesOf(event.id())) {
            if (q.source().equals(source.id())) {
                own.add(() -> {
                    String speaker = dataset.actor(q.speaker()).map(Actor::name).orElse(q.speaker());
                    return DetailText.of(DetailText.quoted(q.text()) + " — " + speaker, "detail-quote");
                });
            }
        }
        if (own.isEmpty()) {
            col.getChildren().add(DetailText.of("Not reported.", "detail-muted"));
        }
        Paged.append(col, own, Supplier::get, "passage", MORE_LINES);
        return col;
    }

    private static boolean reports(Source source, Event event, Dataset dataset) {
        return event.evidence().stream().anyMatch(e -> e.source().equals(source.id()))
                || dataset.quotesOf(event.id()).stream().anyMatch(q -> q.source().equals(source.id()));
    }

    private static VBox divergence(Divergence d, Dataset dataset) {
        VBox box = new VBox(DetailText.of(d.topic(), "detail-divergence-topic"));
        box.getStyleClass().add("detail-divergence");
        List<VBox> readings = new ArrayList<>();
        for (Source s : dataset.sources()) {
            VBox col = new VBox(DetailText.of(s.publisher(), "detail-paper-name"));
            col.getStyleClass().add("detail-reading");
            List<Reading> own = d.readings().stream().filter(r -> r.source().equals(s.id())).toList();
            if (own.isEmpty() && dataset.sources().size() > ALL_PAPERS_LIMIT) {
                continue;
            }
            if (own.isEmpty()) {
                col.getChildren().add(DetailText.of("Not reported.", "detail-muted"));
            }
            for (Reading r : own) {
                col.getChildren().add(QuotesAndEvidence.readingLine(r, dataset));
            }
            readings.add(col);
        }
        box.getChildren().add(sideBySide(readings));
        if (!d.note().isEmpty()) {
            box.getChildren().add(DetailText.of(d.note(), "detail-note"));
        }
        return box;
    }

    private static GridPane sideBySide(List<VBox> columns) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("detail-columns");
        for (int i = 0; i < columns.size(); i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / columns.size());
            c.setHgrow(Priority.ALWAYS);
            c.setFillWidth(true);
            grid.getColumnConstraints().add(c);
            columns.get(i).setMaxWidth(Double.MAX_VALUE);
            grid.add(columns.get(i), i, 0);
        }
        return grid;
    }
}
