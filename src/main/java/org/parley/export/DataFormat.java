package org.parley.export;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** The data formats Parley writes. */
public enum DataFormat {
    JSON, CSV, GEOJSON, TIMELINEJS, HTML;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The endings a file of this format is named with, the one added first; CSV's is a folder, which none fits. */
    public List<String> endings() {
        return switch (this) {
            case JSON, TIMELINEJS -> List.of(".json");
            case GEOJSON -> List.of(".geojson", ".json");
            case HTML -> List.of(".html", ".htm");
            case CSV -> List.of();
        };
    }

    /**
     * The file to write for a name given for this format, by the one rule ({@link FileEnding}): "places" is
     * "places.geojson", "places.json" stays. CSV's folder is named as given.
     */
    public Path fileFor(Path given) {
        return switch (this) {
            case CSV -> given;
            case JSON -> FileEnding.of(given, "a Parley dataset (JSON)", endings());
            case GEOJSON -> FileEnding.of(given, "GeoJSON", endings());
            case TIMELINEJS -> FileEnding.of(given, "TimelineJS JSON", endings());
            case HTML -> FileEnding.of(given, "a web page", endings());
        };
    }

    /** Lower-case names, for command-line help and completion. */
    public static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(DataFormat::id).iterator();
        }
    }
}
