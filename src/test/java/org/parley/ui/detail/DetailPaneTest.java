package org.parley.ui.detail;

import org.parley.seed.BundledSeeds;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.model.Quote;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.parley.ui.support.OwnStage;
import org.parley.ui.support.WholeWords;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(FxThreadRobot.class)
class DetailPaneTest {

    private ExplorerState state;
    private Dataset dataset;
    private DetailPane pane;

    @Start
    void start(Stage stage) {
        dataset = BundledSeeds.dataset();
        state = new ExplorerState();
        state.datasetProperty().set(dataset);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        pane = new DetailPane(state);
        stage.setScene(new Scene(pane, 700, 760));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    /**
     * A researcher quoting the shown event takes its papers' words, each credited to its paper and day,
     * from the pane's own menu: "Copy" gave a passage and its paper without a day, and the one dated
     * citation was the event table's.
     */
    @Test
    void theMenuCopiesTheEventWithThePapersWordsAndTheirDays(FxRobot robot) {
        var e = dataset.event("nrc-meeting").orElseThrow();
        robot.interact(() -> state.selectedEventProperty().set(e.id()));
        WaitForAsyncUtils.waitForFxEvents();
        Label title = robot.lookup(".detail-title").queryAs(Label.class);
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        ContextMenuRequest.on(robot, title);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Copy with the papers' words");
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertTrue(copied[0] != null && copied[0].startsWith(e.title() + " ("), String.valueOf(copied[0]));
        assertTrue(copied[0].contains(e.evidence().get(0).text()), copied[0]);
        assertTrue(copied[0].contains(", 12 Jan 2022: \u201C"), "each passage names its paper and day: " + copied[0]);
    }

    /** In a 900-px window's detail column the kind broke inside its words: "Stat", "em", "ent". */
    @Test
    void theKindAndTheLaneBreakOnlyBetweenWords(FxRobot robot) {
        try (OwnStage own = OwnStage.show(robot, () -> new DetailPane(state), 270, 500)) {
            for (Event e : dataset.events()) {
                robot.interact(() -> state.selectedEventProperty().set(e.id()));
                WaitForAsyncUtils.waitForFxEvents();
                for (String line : List.of(".detail-kind", ".detail-track")) {
                    Label l = robot.from(own.root()).lookup(line).queryAs(Label.class);
                    assertTrue(l.getWidth() + 0.5 >= WholeWords.longestWordWidth(l),
                            e.id() + ": \"" + l.getText() + "\" laid out " + l.getWidth() + " px wide");
                }
            }
        }
    }

    /** At 900×560 a long title in the big type filled the whole pane in six lines: a small pane sets it smaller. */
    @Test
    void aSmallPaneSetsTheTitleSmaller(FxRobot robot) {
        robot.interact(() -> state.selectedEventProperty().set(dataset.events().get(0).id()));
        WaitForAsyncUtils.waitForFxEvents();
        double roomy = label(robot, ".detail-title").getFont().getSize();
        try (OwnStage own = OwnStage.show(robot, () -> new DetailPane(state), 330, 500)) {
            WaitForAsyncUtils.waitForFxEvents();
            Label small = robot.from(own.root()).lookup(".detail-title").queryAs(Label.class);
            assertTrue(small.getFont().getSize() < roomy - 2, small.getFont().getSize() + " against " + roomy);
            robot.interact(() -> {
                own.stage().setWidth(700);
                own.stage().setHeight(760);
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(roomy, small.getFont().getSize(), 0.01, "roomy again, the title is big again");
        }
    }

    @Test
    void aNarrowPaneWrapsEveryEventsTextInsteadOfScrollingSideways(FxRobot robot) {
        // 340 px: the detail column of a 1280×720 window is about this wide. A stage of its own:
        // TestFX shares its primary stage between classes, and a width set on it stays set.
        Stage[] own = new Stage[1];
        DetailPane[] panes = new DetailPane[1];
        robot.interact(() -> {
            panes[0] = new DetailPane(state);
            own[0] = new Stage();
            own[0].setScene(new Scene(panes[0], 340, 700));
            own[0].show();
        });
        try {
            for (Event event : dataset.events()) {
                robot.interact(() -> state.selectedEventProperty().set(event.id()));
                // The new labels are laid out on the next pulse, which a busy machine may not have run yet.
                robot.interact(() -> {
                    panes[0].applyCss();
                    panes[0].layout();
                });
                ScrollPane scroll = robot.from(panes[0]).lookup(".detail-scroll")
                        .queryAs(ScrollPane.class);
                double viewport = scroll.getViewportBounds().getWidth();
                double content = scroll.getContent().getLayoutBounds().getWidth();
                assertTrue(content <= viewport + 0.5, event.id() + ": content " + content + " px in a " + viewport + " px pane");
                for (Node badge : robot.from(panes[0]).lookup(".detail-badge").queryAll()) {
                    Label l = (Label) badge;
                    // At 340 px the note beside it once squeezed "inferred" into a column of syllables.
                    assertTrue(l.getWidth() >= l.prefWidth(-1) - 0.5, event.id() + ": badge '" + l.getText()
                            + "' is " + l.getWidth() + " px wide, needs " + l.prefWidth(-1));
                }
                List<Node> kindLine = new ArrayList<>(robot.from(panes[0]).lookup(".detail-kind").queryAll());
                kindLine.addAll(robot.from(panes[0]).lookup(".detail-track").queryAll());
                assertEquals(2, kindLine.size(), event.id() + ": kind and lane");
                for (Node n : kindLine) {
                    Label l = (Label) n;
                    // A wrapped label narrower than a word breaks inside it: "Backgrou" / "nd".
                    assertTrue(l.getWidth() >= longestWord(l) - 0.5, event.id() + ": '" + l.getText() + "' is "
                            + l.getWidth() + " px wide, a word of it needs " + longestWord(l));
                }
                for (Node link : robot.from(panes[0]).lookup("." + EventHeader.PARTICIPANT).queryAll()) {
                    Bounds b = link.localToScene(link.getLayoutBounds());
                    assertTrue(b.getMaxX() <= 340.5, event.id() + ": " + ((Hyperlink) link).getText());
                }
            }
        } finally {
            robot.interact(() -> own[0].close());
        }
    }

    /** The widest word of the label's text in its font, plus its insets (padding and border). */
    private static double longestWord(Label l) {
        double widest = 0;
        for (String word : l.getText().split("\\s+")) {
            Text t = new Text(word);
            t.setFont(l.getFont());
            widest = Math.max(widest, t.getLayoutBounds().getWidth());
        }
        return widest + l.getInsets().getLeft() + l.getInsets().getRight();
    }

    @Test
    void anEventTheFiltersHideSaysSoAndClearFiltersShowsItAgain(FxRobot robot) {
        Event event = dataset.events().get(0);
        EventKind other = Arrays.stream(EventKind.values()).filter(k -> k != event.kind())
                .findFirst().orElseThrow();
        robot.interact(() -> {
            state.filterProperty().set(EventFilter.NONE.withKinds(Set.of(other)));
            state.selectedEventProperty().set(event.id());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.from(pane).lookup("." + DetailPane.HIDDEN_STYLE_CLASS).tryQuery().isPresent(),
                "a hidden event is shown with a word about the filters");
        robot.clickOn("#detail-clear-filters");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(EventFilter.NONE, state.filterProperty().get());
        assertEquals(event.id(), state.selectedEventProperty().get(), "the event stays selected");
        assertTrue(robot.from(pane).lookup("." + DetailPane.HIDDEN_STYLE_CLASS).tryQuery().isEmpty(),
                "nothing to say once the filters show it");
    }

    @Test
    void showsAHintWhenNothingIsSelected(FxRobot robot) {
        assertTrue(robot.lookup("." + DetailPane.EMPTY_STYLE_CLASS).tryQuery().map(Node::isVisible).orElse(false));
    }

    @Test
    void showsTheSelectedEventWithQuotesAndBothPapers(FxRobot robot) {
        Event event = dataset.event("grushko-briefing").orElseThrow();
        robot.interact(() -> state.selectedEventProperty().set(event.id()));

        assertEquals(event.title(), label(robot, ".detail-title").getText());
        assertEquals("Wed 12 Jan 2022 · day precision · Europe/Brussels", label(robot, ".detail-when").getText());
        assertTrue(label(robot, ".detail-kind").getText().contains("CAMEO " + event.cameo()));
        List<Quote> quotes = dataset.quotesOf(event.id());
        assertFalse(quotes.isEmpty());
        Set<String> quoteTexts = texts(robot, ".detail-quote");
        for (Quote q : quotes) {
            assertTrue(quoteTexts.stream().anyMatch(t -> t.contains(q.text()) && t.contains("Alexander Grushko")),
                    "quote with its speaker: " + q.text());
        }
        assertTrue(quoteTexts.stream().anyMatch(t -> t.endsWith("— Alexander Grushko, The New York Times")));

        Set<Node> columns = robot.lookup("." + PapersSection.COLUMN).queryAll();
        assertEquals(Set.of("wapo", "nyt"), columns.stream().map(n -> (String) n.getUserData())
                .collect(Collectors.toSet()), "a column per paper");
        assertEquals(dataset.divergencesOf(event.id()).size(), robot.lookup(".detail-divergence-topic").queryAll().size());
    }

    @Test
    void clickingAParticipantSelectsTheActor(FxRobot robot) {
        robot.interact(() -> state.selectedEventProperty().set("grushko-briefing"));
        WaitForAsyncUtils.waitForFxEvents();
        Hyperlink grushko = robot.lookup("." + EventHeader.PARTICIPANT).queryAs(Hyperlink.class);
        robot.clickOn(grushko);
        assertEquals("grushko", state.selectedActorProperty().get());
    }

    @Test
    void inferredEventsCarryTheirBadgeAndNote(FxRobot robot) {
        Event inferred = dataset.events().stream().filter(Event::inferred).findFirst().orElseThrow();
        robot.interact(() -> state.selectedEventProperty().set(inferred.id()));
        assertEquals("inferred", label(robot, ".detail-badge").getText());
        assertTrue(texts(robot, ".detail-note").contains(inferred.note()));
    }

    /** The Geneva dinner is dated, but who was at it is the curator's reading: its note says so. */
    @Test
    void aDatedEventsNoteIsShownToo(FxRobot robot) {
        Event dinner = dataset.event("geneva-dinner").orElseThrow();
        assertFalse(dinner.inferred());
        assertFalse(dinner.note().isBlank());
        robot.interact(() -> state.selectedEventProperty().set(dinner.id()));
        assertEquals("note", label(robot, ".detail-badge").getText());
        assertTrue(texts(robot, ".detail-note").contains(dinner.note()));
    }

    @Test
    void clearingTheSelectionBringsTheHintBack(FxRobot robot) {
        robot.interact(() -> state.selectedEventProperty().set("grushko-briefing"));
        robot.interact(() -> state.selectedEventProperty().set(null));
        assertTrue(robot.lookup("." + DetailPane.EMPTY_STYLE_CLASS).tryQuery().isPresent());
        assertTrue(robot.lookup(".detail-title").tryQuery().isEmpty());
    }

    @Test
    void copiesTheWholeEventAsText(FxRobot robot) {
        Event event = dataset.event("grushko-briefing").orElseThrow();
        robot.interact(() -> state.selectedEventProperty().set(event.id()));
        String text = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(pane::asText));
        assertTrue(text.startsWith(event.title() + "\n"));
        assertTrue(text.contains("How the papers reported it"));
        assertTrue(text.contains(dataset.quotesOf(event.id()).get(0).text()));
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    private static Set<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText)
                .collect(Collectors.toSet());
    }

    @Test
    void evidenceSaysWhomThePaperCreditsAndBadgesACaption(FxRobot robot) {
        robot.interact(() -> state.selectedEventProperty().set("grushko-moment-of-truth"));
        assertTrue(texts(robot, ".detail-evidence").stream()
                .anyMatch(t -> t.endsWith("The New York Times, according to Russian news agencies")));

        robot.interact(() -> state.selectedEventProperty().set("nrc-leaders-confer"));
        Set<String> evidence = robot.lookup(".detail-evidence").queryAllAs(Label.class).stream()
                .filter(l -> !l.getStyleClass().contains(QuotesAndEvidence.READING)).map(Label::getText)
                .collect(Collectors.toSet());
        assertTrue(evidence.stream().allMatch(t -> t.startsWith("[Photo caption — not reporting]")), evidence.toString());
        // A divergence's reading from the caption is badged as its evidence is; the other paper's reporting is not.
        Set<String> readings = texts(robot, "." + QuotesAndEvidence.READING);
        assertTrue(readings.contains("[Photo caption — not reporting] \u201CCol. Gen. Alexander Fomin\u201D"), readings.toString());
        assertTrue(readings.contains("\u201CAleksandr V. Fomin\u201D"), readings.toString());
        assertFalse(robot.lookup(".detail-non-reporting").queryAll().isEmpty(), "the event says it rests on no reporting");
        assertTrue(robot.lookup(".detail-modality").queryAll().isEmpty());
    }

    @Test
    void aScheduledEventSaysSo(FxRobot robot) {
        robot.interact(() -> state.selectedEventProperty().set("osce-vienna"));
        assertFalse(robot.lookup(".detail-modality").queryAll().isEmpty());
        assertTrue(pane.asText().contains("scheduled"));
        assertTrue(robot.lookup(".detail-non-reporting").queryAll().isEmpty());
    }
}
