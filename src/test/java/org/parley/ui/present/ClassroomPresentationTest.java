package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.export.handout.ContextPlacement;
import org.parley.export.handout.Step;
import org.parley.export.handout.StepMap;
import org.parley.export.handout.Steps;
import org.parley.model.Dataset;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The presentation as a class sees it: the talks first, type readable from the back of the room
 * at 1280×720 and 1920×1080, quotations revealed on a click, and the teacher's presenter view.
 */
@ExtendWith(FxThreadRobot.class)
class ClassroomPresentationTest {

    private static final Dataset WEEK = BundledSeeds.dataset();

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

    private SlideView slide() {
        return (SlideView) shown.getScene().getRoot();
    }

    private void present(FxRobot robot, PresentationOptions options) {
        shown = ProjectorSized.present(robot, owner, state, options);
        assertNotNull(shown);
    }

    /** Lays the slide out now: a key's effect reaches the layout on the next pulse, which a busy machine may delay. */
    private void settle(FxRobot robot) {
        robot.interact(() -> {
            slide().applyCss();
            slide().layout();
        });
    }

    private static void assertReadable(SlideView slide, double height) {
        // 3 % in whole px: 22 at 720p (not 21.6), 33 at 1080p.
        double least = Math.ceil(0.03 * height);
        for (Label l : slide.labels()) {
            assertTrue(l.getFont().getSize() >= least - 0.01,
                    l.getStyleClass() + " is " + l.getFont().getSize() + " px at " + height + " px high");
        }
        assertTrue(slide.smallestArtTextPx() >= least - 0.01, "map and strip type " + slide.smallestArtTextPx());
    }

    @Test
    void at720TheStoryOpensOnTheGenevaDinnerWithItsMapAndReadableType(FxRobot robot) throws Exception {
        present(robot, PresentationOptions.DEFAULT);
        assertEquals("geneva-dinner", state.selectedEventProperty().get());
        assertEquals(WEEK.event("geneva-dinner").orElseThrow().title(), slide().titleLabel().getText());
        assertTrue(slide().mapCanvas().isVisible(), "Geneva is on the map");
        assertEquals(720, slide().getHeight(), 1);
        assertReadable(slide(), 720);
        assertTrue(slide().labels().get(0).getFont().getSize() >= 22, "at least 22 px at 720p");
        snapshot(robot, "presentation-1280x720.png");
        robot.type(KeyCode.RIGHT);
        assertEquals(Steps.all(WEEK).get(1).event().id(), state.selectedEventProperty().get());
        snapshot(robot, "presentation-1280x720-step2.png");
    }

    @Test
    void at1080EveryTextIsAtLeastThreePercentOfTheHeight(FxRobot robot) {
        Presentation p = PresentationLayoutTest.showAt(robot, owner, state, "geneva-dinner", 1920, 1080);
        assertEquals("geneva-dinner", p.deck().current().event().id());
        assertReadable(p.slide(), 1080);
        assertTrue(p.slide().titleLabel().getFont().getSize() >= 50);
        p.dispose();
    }

    @Test
    void theBackgroundCanBeToldFirstAsContextSteps(FxRobot robot) {
        present(robot, new PresentationOptions(ContextPlacement.FIRST, false));
        assertTrue(slide().titleLabel().getText().startsWith("How we got here"), slide().titleLabel().getText());
        assertEquals(null, state.selectedEventProperty().get(), "a context step selects no single event");
        assertTrue(slide().itemLabels().stream().anyMatch(l -> l.getText().contains("Collapse of the Soviet Union")),
                "the background is listed on the slide");
        assertReadable(slide(), 720);
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT);
        assertEquals("geneva-dinner", state.selectedEventProperty().get(), "then the talks");
    }

    /**
     * In reveal mode a step about no place, which has no map, showed its title and nothing under it until the click:
     * a blank slide in front of the class. Who is quoted, and by which paper, stands in its place from the start;
     * the click brings the words above it and the summary under it, and the credit does not move.
     */
    @Test
    void revealOnAStepWithoutAMapShowsWhoIsQuotedBeforeTheWords(FxRobot robot) {
        present(robot, new PresentationOptions(ContextPlacement.NONE, true));
        Step mapless = Steps.of(WEEK, WEEK.events(), ContextPlacement.NONE).stream()
                .filter(s -> s.hasQuote() && !s.credit().isEmpty() && !StepMap.hasMap(WEEK, s)).findFirst()
                .orElseThrow();
        for (char c : Integer.toString(mapless.number()).toCharArray()) {
            robot.type(KeyCode.getKeyCode(String.valueOf(c)));
        }
        robot.type(KeyCode.ENTER);
        assertEquals(mapless.event().id(), state.selectedEventProperty().get());
        settle(robot);
        Label speaker = slide().labels().get(4);
        assertFalse(slide().mapCanvas().isVisible(), "a step about no place");
        assertFalse(slide().quoteLabel().isVisible(), "the quotation waits for the click");
        assertTrue(speaker.isVisible() && speaker.getText().contains(mapless.credit()),
                "who is quoted is on the slide before it: \"" + speaker.getText() + "\" visible " + speaker.isVisible());
        String before = speaker.localToScene(0, 0) + " " + speaker.getFont();
        robot.type(KeyCode.RIGHT);
        settle(robot);
        assertTrue(slide().quoteLabel().isVisible(), "revealed");
        assertTrue(speaker.isVisible());
        assertEquals(before, speaker.localToScene(0, 0) + " " + speaker.getFont(), "the credit stays where it was");
    }

    /**
     * In reveal mode a step with a map held its words' column empty until the click: at 1280×720 the left half of the
     * slide was blank beside a map squeezed into the rest. While the quotation waits the map takes the slide's whole
     * width; the click brings the words in beside it.
     */
    @Test
    void revealOnAStepWithAMapGivesTheMapTheWholeWidthUntilTheClick(FxRobot robot) {
        present(robot, new PresentationOptions(ContextPlacement.NONE, true));
        Step mapped = Steps.of(WEEK, WEEK.events(), ContextPlacement.NONE).stream()
                .filter(s -> s.hasQuote() && StepMap.hasMap(WEEK, s)).findFirst().orElseThrow();
        for (char c : Integer.toString(mapped.number()).toCharArray()) {
            robot.type(KeyCode.getKeyCode(String.valueOf(c)));
        }
        robot.type(KeyCode.ENTER);
        assertEquals(mapped.event().id(), state.selectedEventProperty().get());
        settle(robot);
        double content = slide().getWidth() * 0.92;
        assertFalse(slide().quoteLabel().isVisible(), "the quotation waits for the click");
        assertTrue(slide().mapCanvas().isVisible());
        double waiting = slide().mapCanvas().getWidth();
        assertTrue(waiting >= content - 1, "the map is " + waiting + " px wide of the slide's " + content);
        robot.type(KeyCode.RIGHT);
        settle(robot);
        assertTrue(slide().quoteLabel().isVisible(), "revealed");
        Bounds words = slide().quoteLabel().localToScene(slide().quoteLabel().getLayoutBounds());
        Bounds map = slide().mapCanvas().localToScene(slide().mapCanvas().getLayoutBounds());
        assertTrue(words.getMaxX() <= map.getMinX(), "the words beside the map: " + words + " " + map);
    }

    @Test
    void revealShowsTheQuotationOnTheNextClickThenMovesOn(FxRobot robot) {
        present(robot, new PresentationOptions(ContextPlacement.NONE, true));
        List<Step> steps = Steps.of(WEEK, WEEK.events(), ContextPlacement.NONE);
        Step quoted = steps.stream().filter(Step::hasQuote).findFirst().orElseThrow();
        robot.type(KeyCode.DIGIT0);
        for (char c : Integer.toString(quoted.number()).toCharArray()) {
            robot.type(KeyCode.getKeyCode(String.valueOf(c)));
        }
        robot.type(KeyCode.ENTER);
        assertEquals(quoted.event().id(), state.selectedEventProperty().get());
        assertFalse(slide().quoteLabel().isVisible(), "the quotation waits for the click");
        assertFalse(slide().summaryLabel().isVisible(), "and the summary, which would tell it in other words");
        Label counter = slide().labels().get(2);
        assertTrue(counter.getText().endsWith(SlideView.QUOTE_NEXT), "the gap says what the next click does: "
                + counter.getText());
        robot.sleep(400);
        Label summary = slide().summaryLabel();
        String before = summary.getFont() + " at " + summary.localToScene(0, 0) + " " + summary.getText();
        robot.type(KeyCode.RIGHT);
        robot.sleep(400);
        assertTrue(slide().quoteLabel().isVisible(), "revealed");
        assertTrue(slide().summaryLabel().isVisible(), "with its summary");
        assertEquals(quoted.counter(), counter.getText(), "and no longer once it is shown");
        assertEquals(before, summary.getFont() + " at " + summary.localToScene(0, 0) + " " + summary.getText(),
                "the rest of the slide stays where it was");
        assertTrue(slide().quoteLabel().getText().contains(quoted.quoteText()));
        assertEquals(quoted.event().id(), state.selectedEventProperty().get(), "still the same step");
        robot.type(KeyCode.RIGHT);
        assertEquals(steps.get(quoted.number()).event().id(), state.selectedEventProperty().get(), "then on");
        robot.type(KeyCode.LEFT);
        assertEquals(quoted.event().id(), state.selectedEventProperty().get());
        assertTrue(slide().quoteLabel().isVisible(), "back on a step already revealed, its quotation is shown as it was left");
    }

    @Test
    void eachStepHasAMapOnlyWhenItIsAboutAPlace(FxRobot robot) {
        present(robot, PresentationOptions.DEFAULT);
        List<Step> steps = Steps.of(WEEK, WEEK.events(), ContextPlacement.LAST);
        int withoutMap = 0;
        for (Step step : steps) {
            boolean expected = StepMap.hasMap(WEEK, step);
            withoutMap += expected ? 0 : 1;
            settle(robot);
            assertEquals(expected, slide().mapCanvas().isVisible(), step.title());
            robot.type(KeyCode.RIGHT);
            if (slide().quoteHidden()) {
                robot.type(KeyCode.RIGHT);
            }
        }
        assertTrue(withoutMap > 0, "some steps are about no place, and show none");
    }

    @Test
    void thePresenterViewShowsTheNextStepTheEvidenceTheOtherReadingAndAClock(FxRobot robot) {
        List<Step> steps = Steps.all(WEEK);
        Step nrc = steps.stream().filter(s -> !s.isContext() && !WEEK.divergencesOf(s.event().id()).isEmpty())
                .findFirst().orElseThrow();
        PresenterView[] view = new PresenterView[1];
        robot.interact(() -> {
            view[0] = new PresenterView(WEEK, () -> LocalTime.of(10, 15, 30));
            view[0].show(nrc, steps.get(nrc.number()));
        });
        assertTrue(view[0].currentLabel().getText().contains(nrc.title()));
        assertTrue(view[0].nextLabel().getText().contains(steps.get(nrc.number()).title()));
        assertTrue(view[0].evidenceTexts().stream().anyMatch(t -> t.contains(nrc.event().evidence().get(0).text())));
        String readings = String.join("\n", view[0].readingTexts());
        assertTrue(readings.contains("The Washington Post") && readings.contains("The New York Times"), readings);
        assertTrue(view[0].clockLabel().getText().startsWith("10:15:30"), view[0].clockLabel().getText());
    }

    @Test
    void withOneScreenThereIsNoPresenterView() {
        assertTrue(ScreenChoice.of(Screen.getScreens(), Screen.getPrimary()).isEmpty(), "Monocle has one screen");
    }

    private void snapshot(FxRobot robot, String name) throws Exception {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = shown.getScene().snapshot(null));
        Path out = Path.of(System.getProperty("java.io.tmpdir"), name);
        ImageIO.write(SwingFXUtils.fromFXImage(shot[0], null), "png", out.toFile());
    }
}
