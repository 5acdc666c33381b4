package org.parley.ui.detail;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Modality;
import org.parley.model.Participant;
import org.parley.model.Place;
import org.parley.render.Theme;
import org.parley.ui.support.WholeWords;

import java.util.Locale;
import java.util.function.Consumer;

/** Title, when and where, kind and track, the inferred badge or the curator's note, the summary and the participants. */
final class EventHeader {

    static final String PARTICIPANT = "detail-participant";
    static final String MORE_PARTICIPANTS = "detail-more-participants";
    static final int PARTICIPANTS_AT_ONCE = Paged.AT_ONCE;

    private EventHeader() {
    }

    static VBox build(Event event, Dataset dataset, Theme theme, Consumer<String> selectActor) {
        VBox box = new VBox();
        box.getStyleClass().add("detail-header");
        box.getChildren().add(DetailText.of(event.title(), "detail-title"));
        Label when = DetailText.of(when(event), "detail-when");
        when.setGraphic(new FontIcon(Material2OutlinedAL.EVENT));
        box.getChildren().add(when);
        if (!event.place().isEmpty()) {
            String place = dataset.place(event.place()).map(Place::name).orElse(event.place());
            Label where = DetailText.of(place, "detail-place");
            where.setGraphic(new FontIcon(Material2OutlinedMZ.PLACE));
            box.getChildren().add(where);
        }
        box.getChildren().add(kindLine(event, theme));
        if (event.inferred()) {
            box.getChildren().add(badged("inferred", event.note(), "detail-inferred"));
        } else if (!event.note().isBlank()) {
            // A dated event's note may still say what is the curator's reading (who was at the
            // Geneva dinner, a situation "shown only as holding in January 2022"): a reader who
            // filters by those actors or dates must see it as well as one who reads the file.
            box.getChildren().add(badged("note", event.note(), "detail-curator-note"));
        }
        if (event.modality() != Modality.HAPPENED) {
            box.getChildren().add(badged(event.modality().label().toLowerCase(Locale.ROOT),
                    "As of the papers' date this had not happened: " + event.modality().label().toLowerCase(Locale.ROOT)
                            + ".", "detail-modality"));
        }
        if (dataset.restsOnlyOnNonReporting(event)) {
            box.getChildren().add(badged("not reporting", "Known only from a headline, caption or other part of the"
                    + " page that is not the paper's reporting.", "detail-non-reporting"));
        }
        if (!event.summary().isEmpty()) {
            box.getChildren().add(DetailText.of(event.summary(), "detail-summary"));
        }
        if (!event.actors().isEmpty()) {
            box.getChildren().add(participants(event, dataset, selectActor));
        }
        return box;
    }

    private static HBox badged(String badgeText, String noteText, String styleClass) {
        Label badge = DetailText.of(badgeText, "detail-badge");
        // The note gives way, never the badge: squeezed, "inferred" broke into a column of syllables.
        badge.setWrapText(false);
        badge.setMinWidth(Label.USE_PREF_SIZE);
        HBox line = new HBox(badge, DetailText.of(noteText, "detail-note"));
        line.getStyleClass().add("detail-inferred");
        if (!styleClass.equals("detail-inferred")) {
            line.getStyleClass().add(styleClass);
        }
        return line;
    }

    private static String when(Event event) {
        return event.time().label() + " · " + event.time().precision().name().toLowerCase(Locale.ROOT)
                + " precision · " + event.time().zone().getId();
    }

    private static HBox kindLine(Event event, Theme theme) {
        Region swatch = new Region();
        swatch.getStyleClass().add("detail-swatch");
        swatch.setStyle("-fx-background-color: " + theme.kind(event.kind()).toHex() + ";");
        String cameo = event.cameo().isEmpty() ? "" : " · CAMEO " + event.cameo();
        // Both wrap between words, never inside one: the lane's name kept whole beside a kind that wrapped
        // anywhere broke "Statement" into "Stat", "em", "ent" in a 900-px window, and both wrapping anywhere
        // had broken "Background" into "Backgrou" and "nd" at 1280×720.
        Label kind = WholeWords.keep(DetailText.of(event.kind().label() + cameo, "detail-kind"));
        Label track = WholeWords.keep(DetailText.of(event.track().label(), "detail-track"));
        HBox line = new HBox(swatch, kind, track);
        line.getStyleClass().add("detail-kind-line");
        return line;
    }

    private static VBox participants(Event event, Dataset dataset, Consumer<String> selectActor) {
        // One per line, wrapping: a flow of links is as wide as its longest, and one participant
        // with a long role pushed the whole pane wider than a 1280×720 window's detail column.
        VBox links = new VBox();
        links.getStyleClass().add("detail-participants");
        // A page at a time: 10,000 links made at once froze the window for a minute.
        Paged.append(links, event.actors(), p -> participant(p, dataset, selectActor), "participant", MORE_PARTICIPANTS);
        VBox box = new VBox(DetailText.heading("Participants"), links);
        box.getStyleClass().add("detail-participants-box");
        return box;
    }

    private static Hyperlink participant(Participant p, Dataset dataset, Consumer<String> selectActor) {
        String name = dataset.actor(p.actor()).map(Actor::name).orElse(p.actor());
        Hyperlink link = new Hyperlink(p.role().isEmpty() ? name : name + " — " + p.role());
        link.getStyleClass().add(PARTICIPANT);
        link.setWrapText(true);
        link.setMinHeight(Region.USE_PREF_SIZE);
        link.setUserData(p.actor());
        link.setOnAction(e -> selectActor.accept(p.actor()));
        return link;
    }
}
