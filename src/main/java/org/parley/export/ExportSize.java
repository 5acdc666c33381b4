package org.parley.export;

import java.util.List;
import java.util.Locale;

import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.model.Event;

/**
 * About how large a data export of so many events will be, said before it is written: a web page of
 * 100,000 events was 54 MB and took a minute, and nothing had warned of it. Bytes per event as
 * measured on generated data (10,000 and 100,000 events); the week's fuller summaries run larger
 * per event, but its exports are small whatever the rate, and small sizes are said only as "under 1 MB".
 */
public final class ExportSize {

    /**
     * The web page's map: the basemap drawn as SVG, about 1.25 MB however few events it marks. Counted per event
     * alone, a web page of the week was said to be "under 0.1 MB" and was 1.6 MB.
     */
    static final long WEB_PAGE_MAP_BYTES = 1_250_000;

    /** From this size up the export dialog says the file is large and how to make it smaller. */
    public static final long LARGE_BYTES = 10_000_000;

    private ExportSize() {
    }

    /**
     * The estimated size in bytes of {@code format} holding {@code events} of {@code data}, in narrative order (the
     * whole dataset's, or the filter's visible events): what the export will really write, the web page's map
     * counted only when the page draws it.
     */
    public static long estimate(DataFormat format, Dataset data, List<Event> events) {
        return estimate(format, events.size(), format == DataFormat.HTML && WebPageExporter.drawsMap(data, events));
    }

    /** The estimated size in bytes of {@code format} holding {@code events} events, with the web page's map or not. */
    static long estimate(DataFormat format, int events, boolean withMap) {
        long perEvent = switch (format) {
            case CSV -> 380;
            case TIMELINEJS -> 420;
            case HTML -> 530;
            case JSON -> 870;
            case GEOJSON -> 880;
        };
        long fixed = withMap ? 20_000 + WEB_PAGE_MAP_BYTES : 20_000;
        return fixed + perEvent * Math.max(0, events);
    }

    /** "about 54 MB", "about 1.3 MB", "under 1 MB". */
    public static String inWords(long bytes) {
        double mb = bytes / 1_000_000.0;
        // Below a megabyte the rates, measured on generated data, are not to be trusted: the week's fuller
        // records made its JSON 0.2 MB where 0.08 MB was estimated, and the dialog had said "under 0.1 MB".
        if (mb < 1) {
            return "under 1 MB";
        }
        return "about " + (mb < 10 ? String.format(Locale.ROOT, "%.1f", mb)
                : CountText.number(Math.round(mb))) + " MB";
    }
}
