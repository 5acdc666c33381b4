package org.parley.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.DateRange;
import org.parley.model.Event;
import org.parley.seed.ExchangeFormatReader;
import org.parley.ui.state.ExplorerState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The time range's shortcut narrows to the dataset's own focus, not to a week written into the code. */
@ExtendWith(ApplicationExtension.class)
class FilterPaneTest {

    private static Dataset week;
    private ExplorerState state;

    @BeforeAll
    static void read() throws Exception {
        week = new ExchangeFormatReader().read(Path.of(System.getProperty("parley.seeds", "seeds")));
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        state = new ExplorerState();
        state.datasetProperty().set(week);
        stage.setScene(new Scene(new FilterPane(state), 360, 900));
        stage.show();
    }

    @Test
    void theWeekButtonKeepsTheBundledFocus(FxRobot robot) {
        robot.clickOn("#focus-range");
        assertEquals(Instant.parse("2022-01-09T00:00:00Z"), state.filterProperty().get().from());
        assertEquals(Instant.parse("2022-01-14T00:00:00Z"), state.filterProperty().get().to());
        assertTrue(state.visibleEventsProperty().get().size() < week.events().size());
        assertTrue(state.visibleEventsProperty().get().stream()
                .allMatch(e -> !e.time().startDate().isAfter(LocalDate.of(2022, 1, 13))
                        && !e.time().end().toLocalDate().isBefore(LocalDate.of(2022, 1, 9))));
    }

    @Test
    void aDatasetWithALongerFocusNamesItAndNarrowsToIt(FxRobot robot) {
        DateRange cold = new DateRange(LocalDate.of(1990, 1, 1), LocalDate.of(1999, 12, 31));
        Dataset nineties = new Dataset(week.title(), week.description(), cold, week.zone(), week.sources(),
                week.actors(), week.places(), week.events(), week.quotes(), week.divergences(), week.positions());
        robot.interact(() -> state.datasetProperty().set(nineties));
        Button focus = robot.lookup("#focus-range").queryButton();
        assertEquals("The focus", focus.getText());
        assertFalse(focus.isDisabled());

        robot.clickOn(focus);
        assertEquals(Instant.parse("1990-01-01T00:00:00Z"), state.filterProperty().get().from());
        assertEquals(Instant.parse("2000-01-01T00:00:00Z"), state.filterProperty().get().to());
        assertFalse(state.visibleEventsProperty().get().isEmpty());
        for (Event e : state.visibleEventsProperty().get()) {
            assertTrue(e.time().startDate().getYear() < 2000, e.id() + " is outside the nineties");
        }
    }
}
