package org.parley.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The next file dialog opens where the last one saved, while that folder exists. */
class LastFolderTest {

    @Test
    void theNextDialogOpensInTheFolderOfTheLastFileChosen(@TempDir Path dir) throws Exception {
        Path reports = Files.createDirectory(dir.resolve("reports"));
        LastFolder.remember(reports.resolve("map.svg").toFile());
        assertEquals(reports.toFile(), LastFolder.in(new FileChooser()).getInitialDirectory());
        LastFolder.remember(dir.toFile());
        assertEquals(dir.toFile(), LastFolder.in(new DirectoryChooser()).getInitialDirectory(), "a folder chosen itself");
        LastFolder.remember(null);
        assertEquals(dir.toFile(), LastFolder.in(new FileChooser()).getInitialDirectory(), "a cancelled dialog changes nothing");
        File gone = Files.createDirectory(dir.resolve("gone")).toFile();
        LastFolder.remember(new File(gone, "x.png"));
        Files.delete(gone.toPath());
        assertNotEquals(gone, LastFolder.in(new FileChooser()).getInitialDirectory(), "a deleted folder is not offered");
        // Nor the working folder a terminal started the app in: the home folder, as before the first save.
        assertEquals(new File(System.getProperty("user.home")), LastFolder.in(new FileChooser()).getInitialDirectory());
    }

    /** A second image saved into one folder is offered a name of its own, not the first one's and a replace question. */
    @Test
    void theNameOfferedIsOneTheFolderDoesNotHaveYet(@TempDir Path dir) throws Exception {
        LastFolder.remember(dir.resolve("week.pdf").toFile());
        assertEquals("parley-timeline.png", LastFolder.in(new FileChooser(), "parley-timeline.png").getInitialFileName());
        Files.writeString(dir.resolve("parley-timeline.png"), "first");
        assertEquals("parley-timeline-2.png", LastFolder.in(new FileChooser(), "parley-timeline.png").getInitialFileName());
        Files.writeString(dir.resolve("parley-timeline-2.png"), "second");
        FileChooser third = LastFolder.in(new FileChooser(), "parley-timeline.png");
        assertEquals("parley-timeline-3.png", third.getInitialFileName());
        assertEquals(dir.toFile(), third.getInitialDirectory());
        assertEquals("parley-timeline.svg", LastFolder.in(new FileChooser(), "parley-timeline.svg").getInitialFileName(),
                "another format's name is free");
        Files.createDirectory(dir.resolve("notes"));
        assertEquals("notes-2", LastFolder.freeName(dir, "notes"), "a name without an extension, taken by a folder");
    }
}
