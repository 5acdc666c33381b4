package org.parley.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.layout.BandMark;
import org.parley.layout.ItemBox;
import org.parley.layout.LaneMode;
import org.parley.layout.TickGenerator;
import org.parley.layout.TimeScale;
import org.parley.layout.XRange;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.model.Precision;
import org.parley.render.timeline.ContextBandPainter;
import org.parley.render.timeline.LegendPainter;
import org.parley.render.timeline.TimelineMetrics;
import org.parley.seed.ExchangeFormatReader;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.state.SearchResults;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(FxThreadRobot.class)
class TimelineViewTest {

    private ExplorerState state;
    private TimelineView view;
    private Dataset data;

    @Start
    void start(Stage stage) throws Exception {
        data = new ExchangeFormatReader().read(Path.of(System.getProperty("parley.seeds", "seeds")));
        state = new ExplorerState();
        state.datasetProperty().set(data);
        view = new TimelineView(state);
        stage.setScene(new Scene(view, 1200, 700));
        stage.sizeToScene();
        stage.show();
    }

    private Event byTitle(String prefix) {
        return data.events().stream().filter(e -> e.title().startsWith(prefix)).findFirst().orElseThrow();
    }

    /** Waits until the layout for the current events, lanes and zoom has come back from the compute thread. */
    private void ready() {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.isLayoutCurrent());
        } catch (TimeoutException e) {
            throw new AssertionError("the timeline layout never arrived", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The screen point at the middle of an event's first box. */
    private Point2D centreOf(String eventId) {
        ready();
        ItemBox b = view.timelineLayout().boxesOf(eventId, view.getScale()).get(0);
        double x = TimelineMetrics.GUTTER + (Math.max(b.x0(), 0) + Math.min(b.x1(), view.getScale().width())) / 2;
        double y = TimelineMetrics.AXIS_HEIGHT + (b.y0() + b.y1()) / 2 - view.scrollY();
        return canvas().localToScreen(x, y);
    }

    private Node canvas() {
        return view.getChildrenUnmodifiable().get(0);
    }

    @Test
    void opensOnTheWeekAndWritesTheWindowToTheState() {
        ExplorerState.TimeWindow w = state.timeWindowProperty().get();
        assertTrue(w.start().isBefore(Instant.parse("2022-01-09T00:00:00Z")));
        assertTrue(w.end().isAfter(Instant.parse("2022-01-14T00:00:00Z")));
        assertTrue(w.end().isBefore(Instant.parse("2022-01-16T00:00:00Z")), w.toString());
        assertTrue(view.isFocusTraversable());
        assertTrue(view.getStyleClass().contains(TimelineView.DEFAULT_STYLE_CLASS));
    }

    @Test
    void clickingAnEventSelectsItAndClickingEmptySpaceClears(FxRobot robot) {
        Event talks = byTitle("U.S.–Russia talks in Geneva");
        robot.clickOn(centreOf(talks.id()), MouseButton.PRIMARY);
        assertEquals(talks.id(), state.selectedEventProperty().get());
        assertTrue(view.getAccessibleText().contains(talks.title()));

        // Friday in the NATO lane is empty.
        Point2D empty = canvas().localToScreen(view.getWidth() - 20, TimelineMetrics.AXIS_HEIGHT + 200);
        robot.clickOn(empty, MouseButton.PRIMARY);
        assertNull(state.selectedEventProperty().get());
    }

    @Test
    void rightArrowSelectsTheNextEventInNarrativeOrder(FxRobot robot) {
        List<Event> order = state.visibleEventsProperty().get();
        Event talks = byTitle("U.S.–Russia talks in Geneva");
        robot.clickOn(centreOf(talks.id()), MouseButton.PRIMARY);
        robot.type(KeyCode.RIGHT);
        int i = order.indexOf(talks);
        assertEquals(order.get(i + 1).id(), state.selectedEventProperty().get());
        robot.type(KeyCode.LEFT);
        assertEquals(talks.id(), state.selectedEventProperty().get());
        robot.type(KeyCode.END);
        assertEquals(order.get(order.size() - 1).id(), state.selectedEventProperty().get());
        robot.type(KeyCode.HOME);
        assertEquals(order.get(0).id(), state.selectedEventProperty().get());

        robot.interact(view::fitWeek);
        ready();
        double top = view.scrollY();
        robot.type(KeyCode.DOWN);
        assertTrue(view.scrollY() > top, "Down did not scroll the lanes");
        robot.type(KeyCode.UP);
        assertEquals(top, view.scrollY(), 0.01);
    }

    @Test
    void shiftArrowsPanWithoutChangingTheSelection(FxRobot robot) {
        Event talks = byTitle("U.S.–Russia talks in Geneva");
        robot.clickOn(centreOf(talks.id()), MouseButton.PRIMARY);
        Instant start = view.getScale().start();
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertTrue(view.getScale().start().isAfter(start), "Shift+Right shows later times");
        assertEquals(talks.id(), state.selectedEventProperty().get());
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        assertEquals(start.toEpochMilli(), view.getScale().start().toEpochMilli(), 1.0);
    }

    @Test
    void theSelectedActorsEventsAreHighlighted(FxRobot robot) {
        String actor = data.actors().get(0).id();
        robot.interact(() -> state.selectedActorProperty().set(actor));
        Set<String> expected = new HashSet<>();
        data.events().stream().filter(e -> e.involves(actor)).forEach(e -> expected.add(e.id()));
        assertFalse(expected.isEmpty());
        assertEquals(expected, view.highlightedIds());
        robot.interact(() -> state.selectedActorProperty().set(null));
        assertTrue(view.highlightedIds().isEmpty());
    }

    /** With an actor chosen, a search rings its hits alone: an actor's event is not drawn as a hit it is not. */
    @Test
    void aSearchRingsItsHitsAloneWhateverActorIsChosen(FxRobot robot) {
        String actor = data.actors().get(0).id();
        Set<String> actors = new HashSet<>();
        data.events().stream().filter(e -> e.involves(actor)).forEach(e -> actors.add(e.id()));
        String hit = data.events().stream().filter(e -> !actors.contains(e.id())).findFirst().orElseThrow().id();
        robot.interact(() -> {
            state.selectedActorProperty().set(actor);
            state.searchProperty().set(new SearchResults("word", List.of(), Set.of(hit)));
        });
        assertEquals(Set.of(hit), view.highlightedIds());
        robot.interact(() -> state.searchProperty().set(new SearchResults("", List.of(), Set.of())));
        assertEquals(actors, view.highlightedIds(), "the search cleared, the actor's events again");
        robot.interact(() -> state.selectedActorProperty().set(null));
    }

    @Test
    void foldingTheKeyGivesItsHeightToTheLanes(FxRobot robot) {
        robot.interact(() -> view.legendVisibleProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        double withKey = view.bodyHeight();
        robot.interact(() -> view.legendVisibleProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(withKey + LegendPainter.height(view.getWidth(), view.timelineLayout().legendEntries()), view.bodyHeight(), 0.5);
        robot.interact(() -> view.legendVisibleProperty().set(true));
    }

    /** A dialog opened over the timeline (F5 with the pointer on an event) takes the event's tooltip away. */
    @Test
    void theTooltipGoesWhenAnotherWindowTakesTheFocus(FxRobot robot) throws Exception {
        hoverTheTalks(robot);

        Stage[] made = new Stage[1];
        robot.interact(() -> made[0] = new Stage());
        Stage dialog = made[0];
        robot.interact(() -> {
            dialog.setScene(new Scene(new Label("a dialog"), 300, 200));
            dialog.show();
            dialog.requestFocus();
        });
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> shownTooltip().isEmpty());
        assertTrue(shownTooltip().isEmpty(), "the tooltip is gone once the dialog has the focus");
        robot.interact(dialog::close);
    }

    /** The wheel moves the cards under a still pointer: the tooltip of the card that was there goes. */
    @Test
    void theWheelTakesTheTooltipAway(FxRobot robot) throws Exception {
        hoverTheTalks(robot);
        robot.scroll(2, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownTooltip().isEmpty());
        assertTrue(shownTooltip().isEmpty(), "no tooltip left over the cards that moved under it");
    }

    /** Keys zoom the view under a still pointer too: the tooltip of what was there goes. */
    @Test
    void aKeyThatZoomsTakesTheTooltipAway(FxRobot robot) throws Exception {
        hoverTheTalks(robot);
        robot.interact(view::requestFocus);
        robot.type(KeyCode.ADD);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownTooltip().isEmpty());
        assertTrue(shownTooltip().isEmpty(), "no tooltip left over the cards that moved under it");
    }

    /** Puts the pointer on the Geneva talks' card and waits for its tooltip. */
    private void hoverTheTalks(FxRobot robot) throws Exception {
        Event talks = byTitle("U.S.–Russia talks");
        robot.interact(() -> view.getScene().getWindow().requestFocus());
        Point2D at = view.pointOf(talks.id()).orElseThrow();
        robot.moveTo(view.localToScreen(at.getX(), at.getY()));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> shownTooltip().isPresent());
        assertTrue(shownTooltip().isPresent(), "hovering an event shows its tooltip");
    }

    private static Optional<Window> shownTooltip() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Tooltip t && t.isShowing()
                        && t.getStyleClass().contains("timeline-tooltip")).findFirst();
    }

    @Test
    void theTooltipNamesTitleDatePlaceAndKind() {
        Event talks = byTitle("U.S.–Russia talks in Geneva");
        String text = HoverTooltip.text(data, talks);
        assertTrue(text.startsWith(talks.title()), text);
        assertTrue(text.contains(talks.time().label()), text);
        assertTrue(text.contains(data.place(talks.place()).orElseThrow().name()), text);
        assertTrue(text.endsWith(talks.kind().label()), text);
    }

    /** Zoomed on years without any of a filter's events, the view goes to them rather than leave blank lanes. */
    @Test
    void aFilterWhoseEventsAreAllOutOfViewBringsTheViewToThem(FxRobot robot) {
        ready();
        Instant from = Instant.parse("1995-01-01T00:00:00Z");
        Instant to = Instant.parse("1996-01-01T00:00:00Z");
        robot.interact(() -> view.setScale(TimeScale.fit(from, to, view.getScale().width(), 0)));
        ready();
        assertTrue(view.timelineLayout().visible(view.getScale()).isEmpty()
                || view.getScale().start().isBefore(to), "zoomed on 1995");

        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withKinds(Set.of(EventKind.MEETING))));
        ready();

        Instant talks = byTitle("U.S.–Russia talks in Geneva").time().startInstant();
        assertFalse(view.timelineLayout().visible(view.getScale()).isEmpty(), "the filter's events are in view");
        assertTrue(!view.getScale().start().isAfter(talks) && view.getScale().end().isAfter(talks),
                view.getScale().start() + " – " + view.getScale().end());
    }

    /** A filter that keeps events in view leaves the view where it was. */
    @Test
    void aFilterWithEventsInViewKeepsTheView(FxRobot robot) {
        robot.interact(view::fitWeek);
        ready();
        TimeScale before = view.getScale();
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withKinds(Set.of(EventKind.MEETING))));
        ready();
        // The lanes' scroll bar may go with the rows it scrolled: the width changes, not the days shown.
        assertEquals(before.startMillis(), view.getScale().startMillis(), 60_000);
        assertEquals(before.endMillis(), view.getScale().endMillis(), 0.03 * (before.endMillis() - before.startMillis()));
    }

    @Test
    void aKindFilterLeavesOnlyThoseEventsHitTestable(FxRobot robot) {
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withKinds(Set.of(EventKind.MEETING))));
        ready();
        Set<String> hit = new HashSet<>();
        for (double y = TimelineMetrics.AXIS_HEIGHT; y < view.getHeight(); y += 5) {
            for (double x = TimelineMetrics.GUTTER; x < view.getWidth(); x += 4) {
                view.eventAtCanvas(x, y).ifPresent(hit::add);
            }
        }
        assertFalse(hit.isEmpty());
        for (String id : hit) {
            assertEquals(EventKind.MEETING, data.event(id).orElseThrow().kind(), id);
        }
        assertTrue(view.timelineLayout().all(view.getScale()).stream()
                .allMatch(b -> data.event(b.eventId()).orElseThrow().kind() == EventKind.MEETING));
    }

    @Test
    void fitAllShowsTheNineties(FxRobot robot) {
        ready();
        robot.interact(view::fitAll);
        ready();
        ExplorerState.TimeWindow w = state.timeWindowProperty().get();
        assertTrue(w.start().isBefore(LocalDate.of(1991, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant()), w.toString());
        assertTrue(w.end().isAfter(Instant.parse("2022-01-14T00:00:00Z")), w.toString());
        Event ninetyOne = data.events().stream().filter(e -> e.time().startText().equals("1991")).findFirst()
                .orElseThrow();
        assertTrue(view.timelineLayout().visible(view.getScale()).stream()
                .anyMatch(b -> b.eventId().equals(ninetyOne.id())));
        assertTrue(new TickGenerator().ticks(view.getScale(), view.axisZone()).major().stream()
                .anyMatch(t -> t.label().equals("1990") || t.label().equals("1991")));
    }

    @Test
    void ctrlWheelZoomsAboutThePointer(FxRobot robot) {
        ExplorerState.TimeWindow before = state.timeWindowProperty().get();
        double x = TimelineMetrics.GUTTER + 500;
        Instant underPointer = view.getScale().timeAt(500);
        // Three notches of a desktop wheel, upwards; Monocle's robot wheel is a fraction of a notch.
        Point2D scene = canvas().localToScene(x, 300);
        robot.interact(() -> javafx.event.Event.fireEvent(canvas(),
                new ScrollEvent(ScrollEvent.SCROLL, scene.getX(), scene.getY(), 0, 0, false, true, false, false, false, false,
                        0, 120, 0, 120, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                        ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        ExplorerState.TimeWindow after = state.timeWindowProperty().get();
        long was = before.end().toEpochMilli() - before.start().toEpochMilli();
        long now = after.end().toEpochMilli() - after.start().toEpochMilli();
        assertTrue(now < was / 1.5, "window " + was + " -> " + now);
        assertEquals(underPointer.toEpochMilli(), view.getScale().timeAt(500).toEpochMilli(), 60_000);

        robot.moveTo(canvas().localToScreen(x, 300));
        robot.scroll(2, VerticalDirection.DOWN);
        robot.scroll(2, VerticalDirection.UP);
        robot.interact(view::zoomOut);
        ExplorerState.TimeWindow out = state.timeWindowProperty().get();
        assertTrue(out.end().toEpochMilli() - out.start().toEpochMilli() > now, "zoomOut did not widen the window");
    }

    /** The zoom button zooms about the selected event, so zooming into its busy day stays on that day. */
    @Test
    void theZoomButtonKeepsTheSelectedEventInView(FxRobot robot) {
        ready();
        Event meeting = byTitle("NATO–Russia meeting in Brussels");
        robot.interact(() -> state.selectedEventProperty().set(meeting.id()));
        ready();
        for (int i = 0; i < 8; i++) {
            robot.interact(view::zoomIn);
        }
        ExplorerState.TimeWindow w = state.timeWindowProperty().get();
        assertTrue(w.end().toEpochMilli() - w.start().toEpochMilli() < Duration.ofDays(1).toMillis(),
                "zoomed into less than a day: " + w);
        assertTrue(!w.end().isBefore(meeting.time().startInstant()) && !w.start().isAfter(meeting.time().endInstant()),
                "the selected event is still in view: " + w);
    }

    /** Zooming out stops at twice the dataset's range: beyond it lie only empty centuries. */
    @Test
    void zoomingOutStopsAtTwiceTheWholeRange(FxRobot robot) {
        ready();
        for (int i = 0; i < 60; i++) {
            robot.interact(view::zoomOut);
        }
        ExplorerState.TimeWindow w = state.timeWindowProperty().get();
        long whole = view.timelineLayout().fullRange().map(r -> Duration.between(r.start(), r.end()).toMillis())
                .orElseThrow();
        long shown = w.end().toEpochMilli() - w.start().toEpochMilli();
        assertTrue(shown <= 2 * whole + 60_000, "shown " + Duration.ofMillis(shown).toDays() + " days of "
                + Duration.ofMillis(whole).toDays());
        assertTrue(shown >= 1.5 * whole, "zoomed out as far as the limit, not short of it");
    }

    @Test
    void thePlainWheelScrollsTheLanesAndShiftWheelPans(FxRobot robot) {
        ready();
        assertTrue(view.timelineLayout().height() > view.getHeight(), "the week's cards need scrolling");
        ExplorerState.TimeWindow before = state.timeWindowProperty().get();
        Point2D scene = canvas().localToScene(TimelineMetrics.GUTTER + 300, 300);
        robot.interact(() -> javafx.event.Event.fireEvent(canvas(), wheel(scene, false, -120)));
        assertTrue(view.scrollY() > 0, "the wheel did not scroll the lanes down");
        assertEquals(before, state.timeWindowProperty().get(), "the plain wheel changed the time window");
        robot.interact(() -> javafx.event.Event.fireEvent(canvas(), wheel(scene, true, -120)));
        ExplorerState.TimeWindow after = state.timeWindowProperty().get();
        assertTrue(after.start().isAfter(before.start()), "Shift+wheel did not pan");
        assertEquals(before.end().toEpochMilli() - before.start().toEpochMilli(),
                after.end().toEpochMilli() - after.start().toEpochMilli(), 1000, "Shift+wheel zoomed");
        ScrollBar bar = robot.lookup(".timeline-scroll-bar").queryAs(ScrollBar.class);
        assertTrue(bar.isVisible());
        assertEquals(view.scrollY(), bar.getValue(), 0.5, "the scroll bar follows the lanes");
    }

    private static ScrollEvent wheel(Point2D scene, boolean shift, double deltaY) {
        return new ScrollEvent(ScrollEvent.SCROLL, scene.getX(), scene.getY(), 0, 0, shift, false, false, false, false,
                false, 0, deltaY, 0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }

    @Test
    void selectingARoughlyDatedEventFramesItsWholePeriod(FxRobot robot) {
        ready();
        Event decade = data.events().stream().filter(e -> e.time().precision() == Precision.DECADE
                || e.time().precision() == Precision.YEAR).findFirst().orElseThrow();
        robot.interact(() -> state.selectedEventProperty().set(decade.id()));
        ready();
        ExplorerState.TimeWindow w = state.timeWindowProperty().get();
        assertTrue(!w.start().isAfter(decade.time().startInstant()) && !w.end().isBefore(decade.time().endInstant()),
                w + " does not frame " + decade.time().label());
        // And a day picked from that far out is brought close enough to read.
        Event talks = byTitle("U.S.–Russia talks in Geneva");
        robot.interact(() -> state.selectedEventProperty().set(talks.id()));
        ready();
        double dayWidth = 86_400_000d / view.getScale().millisPerPixel();
        assertTrue(dayWidth >= TimelineView.MIN_READABLE_DAY_WIDTH, "a day is " + dayWidth + " px");
        assertTrue(view.pointOf(talks.id()).isPresent(), "the selected day is not in view");
    }

    @Test
    void theWeeksBusiestDayIsCardsWithWholeTitlesThatDoNotOverlap() {
        ready();
        assertTrue(view.timelineLayout().geometry().cards(), "the week should be drawn as cards");
        List<ItemBox> boxes = view.timelineLayout().all(view.getScale());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).intersects(boxes.get(j)), boxes.get(i) + " overlaps " + boxes.get(j));
            }
        }
    }

    @Test
    void resizingRefitsTheSameStretchOfTime(FxRobot robot) {
        ready();
        ExplorerState.TimeWindow before = state.timeWindowProperty().get();
        // Resize the control itself: resizing the shared test stage would leak into other test classes.
        robot.interact(() -> {
            view.resize(900, 700);
            view.layout();
        });
        ExplorerState.TimeWindow after = state.timeWindowProperty().get();
        assertEquals(before.start().toEpochMilli(), after.start().toEpochMilli(), 60_000);
        assertEquals(before.end().toEpochMilli(), after.end().toEpochMilli(), 60_000);
    }

    /** The band's bars are the background events the filter keeps: filtered to one kind, it had still drawn every year's. */
    @Test
    void theContextBandFollowsTheFilter(FxRobot robot) {
        ready();
        TimelineSkin skin = (TimelineSkin) view.getSkin();
        Set<String> all = new HashSet<>();
        robot.interact(() -> skin.bandMarks().forEach(m -> all.add(m.eventId())));
        assertTrue(all.contains("bg-2008-declaration") && all.size() >= 5, "the background's bars: " + all);
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE
                .withKinds(Set.of(data.event("bg-2008-declaration").orElseThrow().kind()))));
        ready();
        Set<String> kept = new HashSet<>();
        robot.interact(() -> skin.bandMarks().forEach(m -> kept.add(m.eventId())));
        assertTrue(kept.contains("bg-2008-declaration"), "the kept event's bar stays: " + kept);
        for (String id : kept) {
            assertEquals(data.event("bg-2008-declaration").orElseThrow().kind(), data.event(id).orElseThrow().kind(), id);
        }
        assertTrue(kept.size() < all.size(), "fewer bars once filtered: " + kept + " of " + all);
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE));
        ready();
        Set<String> again = new HashSet<>();
        robot.interact(() -> skin.bandMarks().forEach(m -> again.add(m.eventId())));
        assertEquals(all, again, "and all of them once the filter is cleared");
    }

    /**
     * A click on a background event's mark on the band selects it, as a click on its card does; a
     * click on the band's empty parts only brings the window there. "2014 · Annexation of Crimea" had
     * to be found in the event table.
     */
    @Test
    void aClickOnABackgroundEventsMarkOnTheBandSelectsIt(FxRobot robot) {
        ready();
        TimelineSkin skin = (TimelineSkin) view.getSkin();
        robot.interact(() -> state.selectedEventProperty().set(null));
        List<BandMark> marks = new ArrayList<>();
        robot.interact(() -> marks.addAll(skin.bandMarks()));
        BandMark crimea = marks.stream()
                .filter(m -> m.eventId().equals("bg-crimea-annexation")).findFirst().orElseThrow();
        double y = view.getHeight() - ContextBandPainter.HEIGHT / 2;
        robot.clickOn(canvas().localToScreen(TimelineMetrics.GUTTER + crimea.centre(), y));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("bg-crimea-annexation", state.selectedEventProperty().get(), "the bar's event is selected");
        // Where no bar or tick is drawn (a year of no event, before 2020) the window moves there and the
        // selection stays.
        double gap = IntStream.range(10, (int) crimea.x0()).asDoubleStream()
                .filter(x -> marks.stream().noneMatch(m -> m.isRange() ? x >= m.x0() - 10 && x <= m.x1() + 10
                        : Math.abs(m.centre() - x) < 10)).findFirst().orElseThrow();
        ExplorerState.TimeWindow before = state.timeWindowProperty().get();
        robot.clickOn(canvas().localToScreen(TimelineMetrics.GUTTER + gap, y));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("bg-crimea-annexation", state.selectedEventProperty().get(), "an empty part selects nothing");
        assertTrue(state.timeWindowProperty().get().start().isBefore(before.start()), "and moves the window there");
    }

    @Test
    void draggingOnTheContextBandMovesTheWindow(FxRobot robot) {
        ExplorerState.TimeWindow before = state.timeWindowProperty().get();
        XRange window = view.getSkin() instanceof TimelineSkin skin
                ? skin.band().window(view.getScale(), ContextBandPainter.MIN_WINDOW_WIDTH) : null;
        double y = view.getHeight() - ContextBandPainter.HEIGHT / 2;
        Point2D from = canvas().localToScreen(TimelineMetrics.GUTTER + (window.x0() + window.x1()) / 2, y);
        robot.drag(from, MouseButton.PRIMARY).moveBy(-300, 0).drop();
        ExplorerState.TimeWindow after = state.timeWindowProperty().get();
        assertTrue(after.start().isBefore(Instant.parse("2015-01-01T00:00:00Z")), after.toString());
        long was = before.end().toEpochMilli() - before.start().toEpochMilli();
        long now = after.end().toEpochMilli() - after.start().toEpochMilli();
        assertEquals(was, now, 1000, "the drag changed the zoom");
    }

    @Test
    void laneModeAndZoneRebuildTheLayout(FxRobot robot) {
        ready();
        var trackLayout = view.timelineLayout();
        robot.interact(() -> view.setLaneMode(LaneMode.ACTOR));
        ready();
        var actorLayout = view.timelineLayout();
        assertTrue(actorLayout != trackLayout);
        assertTrue(actorLayout.lanes().size() > trackLayout.lanes().size());
        assertTrue(view.timelineLayout() == actorLayout, "the layout is rebuilt without a change");
        robot.interact(() -> state.utcProperty().set(true));
        ready();
        assertEquals(ZoneOffset.UTC, view.axisZone());
        assertTrue(view.timelineLayout() != actorLayout);
    }

    /**
     * A filter applied with the lanes scrolled down left the view on a card cut in half (or on empty
     * rows while its matches stood above): the view moves to the first event it holds.
     */
    @Test
    void aFilterLeavesNoCardCutAtTheTopOfTheView(FxRobot robot) {
        ready();
        // All but the meetings: rows still taller than the view, so the scroll is not simply clamped.
        Set<EventKind> others = EnumSet.complementOf(EnumSet.of(EventKind.MEETING));
        EventFilter notMeetings = EventFilter.NONE.withKinds(others);
        robot.interact(() -> {
            state.selectedEventProperty().set(null);
            state.filterProperty().set(notMeetings);
        });
        ready();
        // A card lower down in the filtered rows, and the scroll that would cut it in half.
        double room = view.timelineLayout().height() - view.bodyHeight();
        ItemBox cut = view.timelineLayout().visible(view.getScale()).stream()
                .filter(b -> b.y0() > 40 && b.y0() + 10 < room && b.y1() - b.y0() > 20).findFirst().orElseThrow();
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE));
        ready();
        robot.interact(() -> view.setScrollY(cut.y0() + 10));
        ready();
        assertEquals(cut.y0() + 10, view.scrollY(), 0.5, "the whole week's rows reach that far");
        robot.interact(() -> state.filterProperty().set(notMeetings));
        ready();
        double top = view.scrollY();
        double end = top + view.bodyHeight();
        assertTrue(view.timelineLayout().visible(view.getScale()).stream().anyMatch(b -> b.y1() > top && b.y0() < end),
                "an event in view at " + top + "–" + end);
        assertTrue(view.timelineLayout().visible(view.getScale()).stream()
                .noneMatch(b -> b.y0() < top - 0.5 && b.y1() > top + 0.5), "a card cut at the top, scroll " + top);
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE));
        ready();
    }

    /** A range typed in the Filters pane is the range shown: the timeline had stayed on other days, empty. */
    @Test
    void aTimeRangeChosenInTheFiltersIsShown(FxRobot robot) {
        ready();
        ZoneId brussels = ZoneId.of("Europe/Brussels");
        Instant from = LocalDate.of(2022, 1, 13).atStartOfDay(brussels).toInstant();
        Instant to = from.plus(Duration.ofDays(1));
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withRange(from, to)));
        ready();
        var scale = view.getScale();
        assertTrue(!scale.start().isAfter(from) && !scale.end().isBefore(to), scale.start() + " – " + scale.end());
        assertTrue(Duration.between(scale.start(), scale.end()).toHours() < 36,
                "the day fills the view: " + scale.start() + " – " + scale.end());
    }

    /**
     * Clearing the range brings back the days shown before it: "Clear all filters" had left the
     * timeline on the one day while the status bar said every event was shown.
     */
    @Test
    void clearingTheRangeShowsTheDaysShownBefore(FxRobot robot) {
        ready();
        var before = view.getScale();
        ZoneId brussels = ZoneId.of("Europe/Brussels");
        Instant from = LocalDate.of(2022, 1, 12).atStartOfDay(brussels).toInstant();
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withRange(from, from.plus(
                Duration.ofDays(1)))));
        ready();
        assertTrue(Duration.between(view.getScale().start(), view.getScale().end()).toHours() < 36);
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE));
        ready();
        var after = view.getScale();
        assertEquals(before.start().toEpochMilli(), after.start().toEpochMilli(), 60_000.0 * 60,
                before.start() + " / " + after.start());
        assertEquals(before.end().toEpochMilli(), after.end().toEpochMilli(), 60_000.0 * 60,
                before.end() + " / " + after.end());
    }
}
