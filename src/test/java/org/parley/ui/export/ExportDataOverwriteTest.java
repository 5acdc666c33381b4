package org.parley.ui.export;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.export.DataFormat;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * File → Export data… into a folder that already holds CSV files of the user's: the window names them
 * and asks; Cancel leaves them byte for byte, Replace writes the export.
 */
@ExtendWith(FxThreadRobot.class)
class ExportDataOverwriteTest {

    private static final byte[] MINE = "my own events\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("owner"), 300, 200));
        stage.sizeToScene();
        stage.show();
    }

    private void exportCsv(FxRobot robot) {
        Dataset data = BundledSeeds.dataset();
        ExportDataDialog.Target target = ExportDataDialog.Target.of(new ExportDataDialog.Choice(DataFormat.CSV, false), dir);
        robot.interact(() -> ExportDataDialog.run(stage, new ExplorerState(), data, EventFilter.NONE, target));
    }

    @Test
    void filesTheProgramChoseAreAskedAboutAndCancelKeepsThem(FxRobot robot) throws Exception {
        Path events = dir.resolve("events.csv");
        Files.write(events, MINE);

        exportCsv(robot);
        cancelTheQuestionNaming(robot, "events.csv");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);

        assertArrayEquals(MINE, Files.readAllBytes(events));
        assertFalse(Files.exists(dir.resolve("quotes.csv")), "nothing at all was written");
    }

    /** Enter is what a hurried user presses: it must keep their files. */
    @Test
    void enterKeepsTheFiles(FxRobot robot) throws Exception {
        Path events = dir.resolve("events.csv");
        Files.write(events, MINE);

        exportCsv(robot);
        waitVisible(robot, "#confirm-overwrite");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);

        assertFalse(robot.lookup("#confirm-overwrite").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        assertArrayEquals(MINE, Files.readAllBytes(events));
        assertFalse(Files.exists(dir.resolve("quotes.csv")));
    }

    @Test
    void replaceWritesTheExport(FxRobot robot) throws Exception {
        Path events = dir.resolve("events.csv");
        Files.write(events, MINE);

        exportCsv(robot);
        waitVisible(robot, "#confirm-overwrite");
        click(robot, "Replace");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(dir.resolve("quotes.csv")));
        assertFalse(Arrays.equals(MINE, Files.readAllBytes(events)));
        assertTrue(Files.readString(events).contains("Grushko"));
    }

    /**
     * A name typed without its extension gets it, as a handout's and an image's do ("mine" is written as
     * "mine.json"); a file already there under that name is the program's choice, so it is asked about first.
     */
    @Test
    void aNameWithoutItsExtensionGetsItAndAFileByThatNameIsAskedAbout(FxRobot robot) throws Exception {
        Path existing = dir.resolve("mine.json");
        Files.write(existing, MINE);
        ExportDataDialog.Target target = ExportDataDialog.Target.of(new ExportDataDialog.Choice(DataFormat.JSON, false),
                dir.resolve("mine"));
        assertEquals(existing, target.path());
        assertEquals(dir.resolve("mine"), target.chosen());
        assertEquals(dir.resolve("Week.JSON"), ExportDataDialog.Target.of(new ExportDataDialog.Choice(DataFormat.JSON, false),
                dir.resolve("Week.JSON")).path(), "an extension in capitals is its extension");
        robot.interact(() -> ExportDataDialog.run(stage, new ExplorerState(), BundledSeeds.dataset(), EventFilter.NONE, target));
        cancelTheQuestionNaming(robot, "mine.json");
        assertArrayEquals(MINE, Files.readAllBytes(existing));
        assertFalse(Files.exists(dir.resolve("mine")), "nothing written under the bare name either");
    }

    /** A database chosen as the name of a JSON export: the export goes beside it, and the note says so. */
    @Test
    void anExportUnderAnotherNameThanTheOneChosenSaysSoAndLeavesThatFile(FxRobot robot) throws Exception {
        Path db = dir.resolve("parley.db");
        Files.write(db, MINE);
        ExportDataDialog.Target target = ExportDataDialog.Target.of(new ExportDataDialog.Choice(DataFormat.JSON, false), db);
        robot.interact(() -> ExportDataDialog.run(stage, new ExplorerState(), BundledSeeds.dataset(), EventFilter.NONE, target));
        waitVisible(robot, "#exportDone");
        String note = robot.lookup("#exportDone .export-done-line").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.joining("\n"));
        assertTrue(note.contains("Named parley.db.json") && note.contains("parley.db was left as it was"), note);
        assertArrayEquals(MINE, Files.readAllBytes(db));
        assertTrue(Files.exists(dir.resolve("parley.db.json")));
        click(robot, "Close");
    }

    /**
     * A JSON export again under the same name: its sources folder from the first export is asked about
     * as a folder, not called a file; Cancel keeps both as the first export left them.
     */
    @Test
    void aSecondJsonExportAsksAboutItsSourcesFolderAsAFolder(FxRobot robot) throws Exception {
        ExportDataDialog.Target target = ExportDataDialog.Target.of(new ExportDataDialog.Choice(DataFormat.JSON, false),
                dir.resolve("week.json"));
        robot.interact(() -> ExportDataDialog.run(stage, new ExplorerState(), BundledSeeds.dataset(), EventFilter.NONE, target));
        waitVisible(robot, "#exportDone");
        click(robot, "Close");
        Path folder = dir.resolve("week-sources");
        assertTrue(Files.isDirectory(folder));
        byte[] first = Files.readAllBytes(dir.resolve("week.json"));

        // "week" typed without its extension: week.json and its folder are both the program's choice.
        ExportDataDialog.Target again = ExportDataDialog.Target.of(new ExportDataDialog.Choice(DataFormat.JSON, false),
                dir.resolve("week"));
        robot.interact(() -> ExportDataDialog.run(stage, new ExplorerState(), BundledSeeds.dataset(), EventFilter.NONE, again));
        waitVisible(robot, "#confirm-overwrite");
        String header = robot.lookup("#confirm-overwrite .header-panel .label").queryLabeled().getText();
        String content = robot.lookup("#confirm-overwrite .content").queryLabeled().getText();
        assertEquals("A file and a folder with these names already exist. Replace them?", header);
        assertTrue(content.contains("week-sources") && content.contains("a folder an earlier export wrote"), content);
        click(robot, "Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.isDirectory(folder));
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("week.json")));
    }

    /**
     * GeoJSON saved as "places.json" is "places.json", as export-data writes it: the window had written
     * "places.json.geojson". A web page saved as "page.htm" is "page.htm", not "page.htm.html".
     */
    @Test
    void aDataFileNamedWithAnyOfItsFormatsEndingsIsWrittenUnderThatName() {
        assertEquals(dir.resolve("places.json"), ExportDataDialog.Target.of(
                new ExportDataDialog.Choice(DataFormat.GEOJSON, false), dir.resolve("places.json")).path());
        assertEquals(dir.resolve("page.htm"), ExportDataDialog.Target.of(
                new ExportDataDialog.Choice(DataFormat.HTML, false), dir.resolve("page.htm")).path());
    }

    /**
     * GeoJSON saved as "places.png": the window had written "places.png.geojson"; it now says what to name it
     * and writes nothing, as export-data does.
     */
    @Test
    void anotherKindsNameIsRefusedAndNothingIsWritten(FxRobot robot) throws Exception {
        robot.interact(() -> ExportDataDialog.exportTo(stage, new ExplorerState(), BundledSeeds.dataset(), EventFilter.NONE,
                new ExportDataDialog.Choice(DataFormat.GEOJSON, false), dir.resolve("places.png")));
        waitVisible(robot, "#error-dialog");
        String said = robot.lookup("#error-dialog .content").queryLabeled().getText();
        assertTrue(said.contains("ends in .png, but this file is GeoJSON: name it .geojson"), said);
        click(robot, "OK");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing written");
        }
    }

    /** The overwrite question is asked, names {@code file}, and is answered Cancel. */
    private static void cancelTheQuestionNaming(FxRobot robot, String file) throws Exception {
        waitVisible(robot, "#confirm-overwrite");
        assertTrue(robot.lookup("#confirm-overwrite .content").queryLabeled().getText().contains(file));
        click(robot, "Cancel");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitVisible(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup(query).match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
    }

    private static void click(FxRobot robot, String button) throws Exception {
        waitVisible(robot, button);
        robot.clickOn(button);
    }
}
