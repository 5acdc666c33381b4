package org.parley.export.image;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

/**
 * What an image shows. The dashboard is the headless stand-in for "the whole window"; the
 * timeline slide is its timeline alone, in a slide's frame and type, where the timeline proper is
 * laid out for reading (every lane, as tall as it needs).
 */
public enum View {
    TIMELINE("Timeline"), MAP("Map"), ACTORS("Actors"), DASHBOARD("Dashboard"), TIMELINE_SLIDE("Timeline slide");

    private final String label;

    View(String label) {
        this.label = label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the image is a slide: a frame of a fixed shape (--shape), type in proportion to it. */
    public boolean isSlide() {
        return this == DASHBOARD || this == TIMELINE_SLIDE;
    }

    public String label() {
        return label;
    }

    public static Optional<View> byId(String id) {
        return Arrays.stream(values()).filter(v -> v.id().equalsIgnoreCase(id)).findFirst();
    }

    /** Lower-case names, for command-line help and completion. */
    public static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(View::id).iterator();
        }
    }
}
