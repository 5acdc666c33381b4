package org.parley.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.parley.export.image.ImageFormat;
import org.parley.export.image.View;
import org.parley.ui.support.FileDialogs;
import org.parley.ui.support.LastFolder;
import org.parley.ui.support.SavedName;

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

    /** Image types a name may end in by habit (Parley's own among them), replaced by the chosen one's. */
    private static final List<String> IMAGE_EXTENSIONS = Stream.concat(
            Stream.of(ImageFormat.values()).map(ImageFormat::extension),
            Stream.of(".jpeg", ".jpg", ".gif", ".bmp", ".tiff", ".tif", ".webp", ".eps")).toList();

    /** Some platforms' save dialogs do not add the extension; a file called "week" would be unusable. */
    static Path withExtension(Path file, ImageFormat format) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(format.extension())) {
            return file;
        }
        // "week.png" typed with PDF chosen is the PDF "week.pdf", not "week.png.pdf"; an image type
        // Parley does not write ("week.jpg" with PNG chosen) is "week.png" too, not "week.jpg.png".
        for (String other : IMAGE_EXTENSIONS) {
            if (lower.endsWith(other) && name.length() > other.length()) {
                file = file.resolveSibling(name.substring(0, name.length() - other.length()));
                break;
            }
        }
        return SavedName.withExtension(file, format.extension());
    }
}
