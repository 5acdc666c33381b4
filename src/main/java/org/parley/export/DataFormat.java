package org.parley.export;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/** The data formats Parley writes. */
public enum DataFormat {
    JSON, CSV, GEOJSON, TIMELINEJS, HTML;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Lower-case names, for command-line help and completion. */
    public static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(DataFormat::id).iterator();
        }
    }
}
