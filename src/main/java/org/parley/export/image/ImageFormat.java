package org.parley.export.image;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.parley.export.FileEnding;

/** The image formats Parley writes: a raster and two vector formats that keep text as text. */
public enum ImageFormat {
    PNG("PNG image"), SVG("SVG drawing"), PDF("PDF document");

    private final String description;

    ImageFormat(String description) {
        this.description = description;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The file name extension, with its dot. */
    public String extension() {
        return "." + id();
    }

    public String description() {
        return description;
    }

    /** The file to write for a name given for this format, by the one rule ({@link FileEnding}): "week" is "week.png". */
    public Path fileFor(Path given) {
        return FileEnding.of(given, (this == SVG ? "an " : "a ") + description, List.of(extension()));
    }

    public static Optional<ImageFormat> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equalsIgnoreCase(id)).findFirst();
    }

    /** Lower-case names, for command-line help and completion. */
    public static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(ImageFormat::id).iterator();
        }
    }
}
