package org.parley.export.image;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.parley.export.FileEnding;

/**
 * The file an image export writes for a name given in the Export image dialog or as export-image's --out:
 * the format's ending added when missing (some platforms' save dialogs do not add it, and a command line
 * is typed), and another image type's ending replaced by it (decision 0150).
 */
public final class ImageFileName {

    private ImageFileName() {
    }

    /** Image types a name may end in by habit (Parley's own among them), replaced by the chosen one's. */
    private static final List<String> IMAGE_EXTENSIONS = Stream.concat(
            Stream.of(ImageFormat.values()).map(ImageFormat::extension),
            Stream.of(".jpeg", ".jpg", ".gif", ".bmp", ".tiff", ".tif", ".webp", ".eps")).toList();

    /** The file for {@code given} in {@code format}: "week" and "week.jpg" as a PNG are "week.png". */
    public static Path of(Path given, ImageFormat format) {
        Path last = given.getFileName();
        if (last == null) {
            return given;
        }
        String name = last.toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(format.extension())) {
            return given;
        }
        // "week.png" typed with PDF chosen is the PDF "week.pdf", not "week.png.pdf"; an image type
        // Parley does not write ("week.jpg" with PNG chosen) is "week.png" too, not "week.jpg.png".
        Path file = given;
        for (String other : IMAGE_EXTENSIONS) {
            if (lower.endsWith(other) && name.length() > other.length()) {
                file = given.resolveSibling(name.substring(0, name.length() - other.length()));
                break;
            }
        }
        return FileEnding.added(file, List.of(format.extension()));
    }
}
