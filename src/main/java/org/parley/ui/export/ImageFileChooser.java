package org.parley.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.parley.export.image.ImageFormat;
import org.parley.export.image.View;
import org.parley.ui.support.FileDialogs;
import org.parley.ui.support.LastFolder;

/** Asks where to save an image, offering a file name with the format's extension. */
final class ImageFileChooser {

    private ImageFileChooser() {
    }

    static Optional<Path> ask(Window owner, View view, ImageFormat format) {
        FileChooser chooser = LastFolder.in(new FileChooser(), "parley-" + view.id() + format.extension());
        chooser.setTitle("Export image");
        FileChooser.ExtensionFilter filter = new FileChooser.ExtensionFilter(format.description(),
                "*" + format.extension());
        chooser.getExtensionFilters().add(filter);
        chooser.setSelectedExtensionFilter(filter);
        File file = LastFolder.remember(FileDialogs.show(owner, () -> chooser.showSaveDialog(owner)));
        // The name as chosen: the extension is added by the export, which asks before replacing a file by that name.
        return Optional.ofNullable(file).map(File::toPath);
    }
}
