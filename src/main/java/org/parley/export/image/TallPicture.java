package org.parley.export.image;

import java.util.Locale;

/**
 * What a picture many screens tall costs and what to do instead. Twenty thousand events in one week
 * make a timeline 1600 × 397,640 px: a PNG of it needs 2.4 GB while drawn, and no one scrolls
 * through four hundred screens of it. Paper cuts such a timeline into pages; a shorter range or a
 * filter draws less.
 */
public final class TallPicture {

    /** From this many screens tall (16:9, shown at its own width) on, the dialog says so. */
    static final double MOST_SCREENS = 5;
    /** A bitmap being drawn may take this share of the heap at most: the app, its data and the preview need the rest. */
    static final double MOST_HEAP_SHARE = 0.5;
    private static final int BYTES_PER_PIXEL = 4;

    private TallPicture() {
    }

    /** How many 16:9 screens tall {@code size} is, shown as wide as a screen. */
    static double screens(ImageSize size) {
        return size.width() <= 0 ? 0 : size.height() / (size.width() * 9.0 / 16.0);
    }

    /** The memory a PNG of {@code size} takes while it is drawn: one 32-bit pixel each. */
    static long bitmapBytes(ImageSize size) {
        return (long) size.width() * size.height() * BYTES_PER_PIXEL;
    }

    /** Whether a PNG of {@code size} fits the share of {@code heapBytes} a drawing may take. */
    static boolean fitsMemory(ImageSize size, long heapBytes) {
        return bitmapBytes(size) <= heapBytes * MOST_HEAP_SHARE;
    }

    /**
     * A line for beside the size when {@code size} is many screens tall ("" when not): how tall, for a
     * PNG how much memory it takes and whether Parley can spare it, and what to choose instead.
     * A PDF is cut into pages, so it never needs one.
     *
     * @param heapBytes the most memory Java was given ({@link Runtime#maxMemory()})
     */
    public static String note(ImageSize size, ImageFormat format, long heapBytes) {
        if (format == ImageFormat.PDF) {
            return "";
        }
        boolean fits = format != ImageFormat.PNG || fitsMemory(size, heapBytes);
        double screens = screens(size);
        if (screens < MOST_SCREENS && fits) {
            return "";
        }
        String memory = format != ImageFormat.PNG ? ""
                : ", " + bytes(bitmapBytes(size)) + " of memory to draw" + (fits ? ""
                : ", more than Parley can spare of the " + bytes(heapBytes) + " Java was given");
        return String.format(Locale.ROOT, " \u2014 about %,d screens tall%s. Choose PDF, which cuts it into pages, "
                + "a shorter range, or a filter.", Math.round(screens), memory);
    }

    /**
     * The command line's warning for a PNG or SVG of {@code size} many screens tall ("" when not), in its
     * options' words; a PNG too large for the memory is refused before this is asked.
     */
    public static String commandLineNote(ImageSize size, ImageFormat format) {
        if (format == ImageFormat.PDF || screens(size) < MOST_SCREENS) {
            return "";
        }
        String memory = format == ImageFormat.PNG ? ", " + bytes(bitmapBytes(size)) + " of memory to draw" : "";
        return String.format(Locale.ROOT, "The image is %s px, about %,d screens tall%s. --format pdf cuts it into "
                + "pages; --from/--to, --kind, --actor or --place draw less.", size, Math.round(screens(size)), memory);
    }

    /** "2.5 GB", "640 MB". */
    static String bytes(long n) {
        double gb = n / (1024.0 * 1024 * 1024);
        return gb >= 1 ? String.format(Locale.ROOT, "%.1f GB", gb)
                : String.format(Locale.ROOT, "%d MB", Math.round(n / (1024.0 * 1024)));
    }
}
