package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.export.handout.Step;
import org.parley.model.Dataset;
import org.parley.model.DateRange;
import org.parley.model.Event;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline strip at the foot of a slide of the talks, read as a class reads it: every day of
 * the week named, the step's event named in full, nothing smaller than 3 % of the screen's height
 * and nothing outside the strip — at a projector's 1280×720 and at 1920×1080.
 */
@ExtendWith(FxThreadRobot.class)
class PresentationStripTest {

    private static final Dataset WEEK = BundledSeeds.dataset();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final ExplorerState state = new ExplorerState();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state.datasetProperty().set(WEEK);
    }

    /** The event of the week with the longest title: the hardest to name in full. */
    private static Event longestTitleInTheWeek() {
        DateRange week = WEEK.focus().orElseThrow();
        return WEEK.events().stream().filter(e -> week.contains(e.time().startDate()))
                .max(Comparator.comparingInt(e -> e.title().length())).orElseThrow();
    }

    private static List<String> weekDays() {
        DateRange week = WEEK.focus().orElseThrow();
        List<String> days = new ArrayList<>();
        for (LocalDate d = week.first(); !d.isAfter(week.last()); d = d.plusDays(1)) {
            days.add(DAY.format(d));
        }
        return days;
    }

    private static List<DayStrip.Text> texts(SlideView slide, DayStrip.Role role) {
        return slide.stripTexts().stream().filter(t -> t.role() == role).toList();
    }

    private static void assertReadsAt(SlideView slide, Event event, double width, double height) {
        double scale = slide.artScale();
        List<String> days = texts(slide, DayStrip.Role.DAY).stream().map(DayStrip.Text::text).toList();
        assertEquals(weekDays(), days, "every day of the week named in full");
        String title = String.join(" ", texts(slide, DayStrip.Role.TITLE).stream().map(DayStrip.Text::text).toList());
        assertEquals(event.title(), title, "the step's event named in full, broken only between words");
        double stripWidth = slide.stripCanvas().getWidth() / scale;
        for (DayStrip.Text t : slide.stripTexts()) {
            assertTrue(t.size() * scale >= 0.03 * height - 0.01,
                    "\"" + t.text() + "\" is " + t.size() * scale + " px at " + width + "x" + height);
            assertTrue(t.x() >= 0 && t.x() + t.width() <= stripWidth + 0.5,
                    "\"" + t.text() + "\" from " + t.x() + " to " + (t.x() + t.width()) + " outside " + stripWidth);
        }
        List<DayStrip.Text> dayTexts = texts(slide, DayStrip.Role.DAY);
        for (int i = 1; i < dayTexts.size(); i++) {
            DayStrip.Text before = dayTexts.get(i - 1);
            assertTrue(before.x() + before.width() < dayTexts.get(i).x(), "day names overlap: " + dayTexts);
        }
    }

    @Test
    void at720EveryDayIsNamedAndTheStepsEventInFull(FxRobot robot) {
        Event event = longestTitleInTheWeek();
        Presentation p = PresentationLayoutTest.showAt(robot, stage, state, event.id(), 1280, 720);
        assertTrue(p.slide().stripCanvas().getHeight() >= 0.25 * 720, "strip " + p.slide().stripCanvas().getHeight());
        assertReadsAt(p.slide(), event, 1280, 720);
        p.dispose();
    }

    @Test
    void at1080TheStripGrowsWithTheSlide(FxRobot robot) {
        Event event = longestTitleInTheWeek();
        Presentation p = PresentationLayoutTest.showAt(robot, stage, state, event.id(), 1920, 1080);
        assertReadsAt(p.slide(), event, 1920, 1080);
        assertTrue(p.slide().stripTexts().get(0).size() * p.slide().artScale() >= 32, "day names at 1080p");
        p.dispose();
    }

    @Test
    void steppingOnNamesTheNextEventAndMovesTheMark(FxRobot robot) {
        Presentation p = PresentationLayoutTest.showAt(robot, stage, state, "geneva-dinner", 1280, 720);
        List<DayStrip.Text> before = texts(p.slide(), DayStrip.Role.TITLE);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        Event next = p.deck().current().event();
        assertFalse(next.id().equals("geneva-dinner"), "the key moved the deck on");
        String title = String.join(" ", texts(p.slide(), DayStrip.Role.TITLE).stream().map(DayStrip.Text::text).toList());
        assertEquals(next.title(), title);
        assertFalse(before.equals(texts(p.slide(), DayStrip.Role.TITLE)), "the strip was repainted");
        p.dispose();
    }

    /**
     * "What comes next" names each of its events whole, at the slide's type and within the strip: drawn
     * on the explorer's timeline, its lane names took a third of the strip and every title was cut after
     * a few words ("≈ Grushko: Russia to decide whether to continue…"), though its bars spanned the strip.
     */
    @ParameterizedTest(name = "{0}\u00D7{1}")
    @CsvSource({"1280, 720", "1920, 1080"})
    void whatComesNextNamesEachOfItsEventsWhole(int width, int height, FxRobot robot) {
        Presentation p = PresentationLayoutTest.showAt(robot, stage, state, "osce-future-negotiations", width, height);
        Step step = p.deck().current();
        assertEquals("What comes next", step.title());
        assertTrue(p.slide().stripCanvas().getHeight() <= SlideView.MAX_STRIP_SHARE * height + 0.5);
        WaitForAsyncUtils.waitForFxEvents();
        List<DayStrip.Text> texts = p.slide().timelineStrip().weeks().lastTexts();
        List<String> titles = new ArrayList<>();
        StringBuilder title = new StringBuilder();
        for (DayStrip.Text t : texts.stream().filter(t -> t.role() == DayStrip.Role.TITLE).toList()) {
            title.append(title.isEmpty() ? "" : " ").append(t.text());
            if (step.context().stream().anyMatch(e -> e.title().contentEquals(title))) {
                titles.add(title.toString());
                title.setLength(0);
            }
        }
        assertEquals(step.context().stream().map(Event::title).toList(), titles, "every event named whole: " + texts);
        assertTrue(texts.stream().noneMatch(t -> t.role() == DayStrip.Role.MORE), "none left out: " + texts);
        double scale = p.slide().artScale();
        double logicalWidth = p.slide().stripCanvas().getWidth() / scale;
        for (DayStrip.Text t : texts) {
            assertTrue(t.size() * scale >= 0.03 * height - 0.01, t.text() + " at " + t.size() * scale + " px");
            assertTrue(t.x() >= 0 && t.x() + t.width() <= logicalWidth + 0.5, t.text() + " within " + logicalWidth);
            assertTrue(t.baseline() * scale <= p.slide().stripCanvas().getHeight(), t.text() + " below the strip");
        }
        p.dispose();
    }

    /**
     * "What comes next" is dated only to the month: its strip spans January, and had "Jan 2022" over
     * thirty unlabelled day ticks and an unexplained shaded column. Each week is named by its Monday,
     * and the shaded week of talks by its days, on every screen from 900×560 up: under 1280 px
     * wide the weeks had stood too close for the slide's spacing and went unlabelled again.
     */
    @ParameterizedTest(name = "{0}\u00D7{1}")
    @CsvSource({"900, 560", "1024, 768", "1280, 720", "1366, 768", "1920, 1080"})
    void whatComesNextNamesTheWeeksOfItsMonthAndTheTalksWeek(int width, int height, FxRobot robot) {
        Presentation p = PresentationLayoutTest.showAt(robot, stage, state, "osce-future-negotiations", width, height);
        Step step = p.deck().current();
        assertEquals("What comes next", step.title());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> axis = p.slide().timelineStrip().weeks().lastTexts().stream()
                .filter(t -> t.role() == DayStrip.Role.WEEK || t.role() == DayStrip.Role.TALKS)
                .map(DayStrip.Text::text).toList();
        LocalDate first = step.context().stream().map(e -> e.time().startDate()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = step.context().stream().map(e -> e.time().lastDate()).max(LocalDate::compareTo).orElseThrow();
        DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
        List<String> mondays = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.MONDAY) {
                mondays.add(dayMonth.format(d));
            }
        }
        assertTrue(mondays.size() >= 4, "a month of Mondays: " + mondays);
        DateRange week = WEEK.focus().orElseThrow();
        String weekDays = week.first().getDayOfMonth() + "\u2013" + dayMonth.format(week.last());
        assertTrue(axis.contains(weekDays), "the shaded week named by its days (" + weekDays + "): " + axis);
        // "10 Jan", or "10" where the weeks stand too close for the month on each: the month is then
        // named above them ("Jan 2022", or the talks' "9–13 Jan").
        boolean monthNamed = axis.contains(DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH).format(first))
                || axis.contains(weekDays);
        long named = mondays.stream().filter(m -> axis.contains(m) || monthNamed && axis.contains(m.split(" ")[0]))
                .count();
        assertTrue(named >= mondays.size() - 1, "the weeks named on the axis: " + axis + ", Mondays " + mondays);
        p.dispose();
    }
}
