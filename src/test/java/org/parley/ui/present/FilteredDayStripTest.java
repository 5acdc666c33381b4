package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A deck filtered to one day, at a projector's 1280×720: the strip under its slides still spans
 * the week, but the days the filter leaves out are drawn as context, said to be outside the filter,
 * under a slide that says "Filtered: on 10 Jan 2022". They had been drawn as the kept day was.
 */
@ExtendWith(FxThreadRobot.class)
class FilteredDayStripTest {

    private static final Dataset WEEK = BundledSeeds.dataset();
    private static final LocalDate MONDAY = LocalDate.of(2022, 1, 10);

    private final ExplorerState state = new ExplorerState();
    private Stage owner;
    private Stage shown;

    @Start
    void start(Stage stage) {
        owner = stage;
        state.datasetProperty().set(WEEK);
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        if (shown != null) {
            robot.interact(shown::close);
        }
    }

    private SlideView presentMonday(FxRobot robot) {
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withRange(
                MONDAY.atStartOfDay(WEEK.zone()).toInstant(), MONDAY.plusDays(1).atStartOfDay(WEEK.zone()).toInstant())));
        shown = Presenting.start(robot, owner, state, true);
        assertNotNull(shown);
        robot.interact(() -> {
            shown.setFullScreen(false);
            shown.setWidth(1280);
            shown.setHeight(720);
            shown.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return (SlideView) shown.getScene().getRoot();
    }

    private static List<DayStrip.Text> captions(SlideView slide) {
        return slide.stripTexts().stream().filter(t -> t.text().equals("outside the filter")).toList();
    }

    @Test
    void theDaysOutsideAOneDayFilterAreSaidToBeSo(FxRobot robot) {
        SlideView slide = presentMonday(robot);
        assertEquals("Filtered: on 10 Jan 2022; 16 events dated only to a month or coarser left out",
                slide.filterNoteLabel().getText());
        // Step 1 is the Russian officials' wait, 9–11 January, drawn from Sunday: the 10th keeps it.
        assertEquals("russia-wait-full-week", state.selectedEventProperty().get());
        List<DayStrip.Text> days = slide.stripTexts().stream().filter(t -> t.role() == DayStrip.Role.DAY).toList();
        assertEquals(5, days.size(), "the week stays the strip's frame: " + days);
        DayStrip.Text monday = days.get(1);
        DayStrip.Text tuesday = days.get(2);
        List<DayStrip.Text> said = captions(slide);
        assertFalse(said.isEmpty(), "the days the filter leaves out are said to be outside it: " + slide.stripTexts());
        for (DayStrip.Text t : said) {
            assertTrue(t.x() >= tuesday.x() - 4 || t.x() + t.width() <= monday.x() - 4,
                    "no caption over the kept day: " + t + " " + monday);
            assertTrue(t.size() * slide.artScale() >= 0.03 * 720 - 0.01, "read from the back: " + t);
        }
        assertEquals(List.of(MONDAY.minusDays(1), MONDAY.plusDays(1), MONDAY.plusDays(2), MONDAY.plusDays(3)),
                slide.timelineStrip().days().lastOutside());
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(captions(slide).isEmpty(), "on every slide of the day");
    }

    @Test
    void anActorFilterGreysNoDay(FxRobot robot) {
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withActors(Set.of("stoltenberg"))));
        shown = Presenting.start(robot, owner, state, true);
        assertNotNull(shown);
        WaitForAsyncUtils.waitForFxEvents();
        SlideView slide = (SlideView) shown.getScene().getRoot();
        assertTrue(captions(slide).isEmpty(), slide.stripTexts().toString());
        assertTrue(slide.timelineStrip().days().lastOutside().isEmpty());
    }
}
