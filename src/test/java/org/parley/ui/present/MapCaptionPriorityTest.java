package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.render.map.UnnamedMarks;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * What a slide map's caption says first when its lines cannot hold all (decisions 0146 and 0151): Crimea's line, then
 * the days of a stop the map named without them, then the places it left unnamed; and a third line where Crimea's
 * line alone takes two, so something besides it is said.
 */
@ExtendWith(FxThreadRobot.class)
class MapCaptionPriorityTest {

    private static final Font FONT = Font.font("DejaVu Sans", 24);
    private static final UnnamedMarks UNSAID = new UnnamedMarks(List.of("Ukraine"), true, List.of("Geneva 9\u201310 Jan"));

    @Start
    void start(Stage stage) {
        // The toolkit only.
    }

    @Test
    void theStopsDaysComeBeforeTheUnnamedPlaces(FxRobot robot) {
        String[] out = new String[1];
        robot.interact(() -> {
            TextFit fit = new TextFit();
            MapColumn column = new MapColumn(new StepCanvas("slide-map"), fit);
            column.setFont(FONT);
            // Each of Crimea's and the days' lines on one line, the days with a count after them not.
            double width = Math.max(fit.width(UNSAID.dashedLine(), FONT), fit.width(UNSAID.datesLine(), FONT)) + 4;
            assertTrue(fit.width(UNSAID.datesLine() + " " + MapColumn.AND_MORE + "1 more", FONT) > width);
            out[0] = column.fitted(UNSAID, 2, width);
        });
        // Not "Also marked: Ukraine": a class is told when the talks were in Geneva before a circle's name.
        assertEquals(UNSAID.dashedLine() + "\n" + UNSAID.datesLine(), out[0]);
    }

    @Test
    void aColumnWhereCrimeasLineWrapsKeepsAThirdLine(FxRobot robot) {
        int[] lines = new int[1];
        String[] out = new String[1];
        robot.interact(() -> {
            TextFit fit = new TextFit();
            MapColumn column = new MapColumn(new StepCanvas("slide-map"), fit);
            column.setFont(FONT);
            double width = fit.width(UNSAID.dashedLine(), FONT) * 0.8;
            lines[0] = column.linesFor(UNSAID, width);
            out[0] = column.fitted(UNSAID, lines[0], width);
        });
        assertEquals(3, lines[0]);
        assertTrue(out[0].contains(UNSAID.datesLine()), out[0]);
    }
}
