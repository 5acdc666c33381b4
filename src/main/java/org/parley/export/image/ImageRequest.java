package org.parley.export.image;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.model.SourceFilter;
import org.parley.render.Theme;

/**
 * Everything one image export needs besides the dataset, as a value the dialog and the command
 * line fill in the same way. Start from {@link #of} and change what differs.
 *
 * @param title         the image's title, or null for one made from the view and the dataset
 * @param from          start of the range to show, or null: with {@code to} also null, the
 *                      dataset's focus period unless {@code everything}
 * @param to            end of the range (exclusive), or null
 * @param everything    show the whole range, background included, instead of the focus
 * @param actors        keep events with any of these actors (empty: all); likewise kinds, places; with
 *                      {@code actorMatch} ALL, only events with every one of them
 * @param selectedEvent an event to ring as selected, or null
 * @param currentView   show {@code window} (the timeline's visible window) instead of from–to
 * @param page          the paper a PDF is laid on
 * @param shape         the dashboard's frame
 * @param keepFrom      the explorer's time filter, which events must also pass whatever range is
 *                      shown: its start, or null; {@code keepTo} its end (exclusive), or null
 * @param keepRoughlyDated whether the explorer's time filter keeps the events dated only to a month or coarser that
 *                      overlap it (decision 0167); the range shown is a window, drawing them as on screen
 */
public record ImageRequest(View view, ImageFormat format, Sizing sizing, Theme theme,
                           String title, Instant from, Instant to, boolean everything,
                           Set<String> actors, Set<EventKind> kinds, Set<String> places, SourceFilter sources,
                           String selectedEvent, boolean currentView, TimeWindow window, PageSetup page,
                           DashboardShape shape, Instant keepFrom, Instant keepTo,
                           EventFilter.ActorMatch actorMatch, boolean keepRoughlyDated) {

    public ImageRequest {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sizing, "sizing");
        Objects.requireNonNull(theme, "theme");
        actors = actors == null ? Set.of() : Set.copyOf(actors);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        places = places == null ? Set.of() : Set.copyOf(places);
        sources = sources == null ? SourceFilter.ANY : sources;
        actorMatch = actorMatch == null ? EventFilter.ActorMatch.ANY : actorMatch;
        title = title == null || title.isBlank() ? null : title.strip();
        page = page == null ? PageSetup.forLocale(Locale.getDefault()) : page;
        shape = shape == null ? DashboardShape.WIDE : shape;
        if (from != null && to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
        }
        if (currentView && window == null) {
            throw new IllegalArgumentException("\"current view\" needs the timeline's visible window");
        }
    }

    /** The dataset's focus period, no filters, 1×, light, 16:9, the locale's paper. */
    public static ImageRequest of(View view, ImageFormat format) {
        return new ImageRequest(view, format, Sizing.ONE, Theme.LIGHT, null, null, null, false, Set.of(), Set.of(),
                Set.of(), SourceFilter.ANY, null, false, null, null, null, null, null, EventFilter.ActorMatch.ANY, false);
    }

    public ImageRequest withView(View v) {
        return new ImageRequest(v, format, sizing, theme, title, from, to, everything, actors,
                kinds, places, sources, selectedEvent, currentView, window, page, shape, keepFrom, keepTo, actorMatch, keepRoughlyDated);
    }

    public ImageRequest withFormat(ImageFormat f) {
        return new ImageRequest(view, f, sizing, theme, title, from, to, everything, actors,
                kinds, places, sources, selectedEvent, currentView, window, page, shape, keepFrom, keepTo, actorMatch, keepRoughlyDated);
    }

    public ImageRequest withSizing(Sizing s) {
        return new ImageRequest(view, format, s, theme, title, from, to, everything, actors,
                kinds, places, sources, selectedEvent, currentView, window, page, shape, keepFrom, keepTo, actorMatch, keepRoughlyDated);
    }

    public ImageRequest withTheme(Theme t) {
        return new ImageRequest(view, format, sizing, t, title, from, to, everything, actors,
                kinds, places, sources, selectedEvent, currentView, window, page, shape, keepFrom, keepTo, actorMatch, keepRoughlyDated);
    }

    public ImageRequest withTitle(String t) {
        return new ImageRequest(view, format, sizing, theme, t, from, to, everything, actors,
                kinds, places, sources, selectedEvent, currentView, window, page, shape, keepFrom, keepTo, actorMatch, keepRoughlyDated);
    }

    /** Days from {@code f} up to {@code t} (exclusive); a null end is open. */
    public ImageRequest withRange(Instant f, Instant t) {
        return new ImageRequest(view, format, sizing, theme, title, f, t, false, actors,
                kinds, places, sources, selectedEvent, false, window, page, shape, keepFrom, keepTo, actorMatch, keepRoughlyDated);
    }

    /** Everything the filters let through, 1990 background included, not just the focus. */
    public ImageRequest withEverything() {
        return new ImageRequest(view, format, sizing, theme, title, null, null, true, actors,
                kinds, places, sources, selectedEvent, false, window, page, shape, keepFrom, keepTo, actorMatch, keepRoughlyDated);
    }

    public ImageRequest withCurrentView(TimeWindow w) {
        return new ImageRequest(view, format, sizing, theme, title, null, null, false, actors,
                kinds, places, sources, selectedEvent, true, w, page, shape, keepFrom, keepTo, actorMatch, keepRoughlyDated);
    }

    public ImageRequest withSelectedEvent(String id) {
        return new ImageRequest(view, format, sizing, theme, title, from, to, everything, actors,
                kinds, places, sources, id, currentView, window, page, shape, keepFrom, keepTo, actorMatch, keepRoughlyDated);
    }

    /**
     * Takes an explorer filter: its facets (actors, kinds, places, sources), and its time range as
     * a further condition on the events, whatever range the image shows.
     */
    public ImageRequest withFilter(EventFilter f) {
        return new ImageRequest(view, format, sizing, theme, title, from, to, everything, f.actors(),
                f.kinds(), f.places(), f.sources(), selectedEvent, currentView, window, page, shape, f.from(), f.to(),
                f.actorMatch(), f.roughlyDated());
    }

    public ImageRequest withActors(Set<String> a) {
        return new ImageRequest(view, format, sizing, theme, title, from, to, everything, a,
                kinds, places, sources, selectedEvent, currentView, window, page, shape, keepFrom, keepTo, actorMatch, keepRoughlyDated);
    }

    public ImageRequest withKinds(Set<EventKind> k) {
        return new ImageRequest(view, format, sizing, theme, title, from, to, everything, actors,
                k, places, sources, selectedEvent, currentView, window, page, shape, keepFrom, keepTo, actorMatch, keepRoughlyDated);
    }

    public ImageRequest withPage(PageSetup p) {
        return new ImageRequest(view, format, sizing, theme, title, from, to, everything, actors,
                kinds, places, sources, selectedEvent, currentView, window, p, shape, keepFrom, keepTo, actorMatch, keepRoughlyDated);
    }

    public ImageRequest withShape(DashboardShape s) {
        return new ImageRequest(view, format, sizing, theme, title, from, to, everything, actors,
                kinds, places, sources, selectedEvent, currentView, window, page, s, keepFrom, keepTo, actorMatch, keepRoughlyDated);
    }

    /**
     * Whether a PDF of this request is laid on its paper ({@link #page()}): every view but a 16:9 or 4:3 slide,
     * which is a page of its own shape, as slide programs make them (decision 0143).
     */
    public boolean onPaper() {
        return !view.isSlide() || shape == DashboardShape.A4;
    }

    /** True when no range was asked for: the export then shows the focus (or everything, if asked). */
    public boolean defaultRange() {
        return !currentView && !everything && from == null && to == null;
    }

    /**
     * This request with the default range made explicit: the dataset's focus period in its own zone.
     * Requests with a range, "everything" or "current view" come back unchanged.
     */
    public ImageRequest resolvedFor(Dataset data) {
        if (!defaultRange() || data.focus().isEmpty()) {
            return this;
        }
        var focus = data.focus().get();
        return withRange(focus.startIn(data.zone()), focus.endIn(data.zone()));
    }

    /**
     * The window the image is cut to, or null for the whole range. The timeline's view is cut to the
     * explorer's time filter where they overlap: the view's margins around a filtered week gave a
     * dashboard rows for 8 and 14 January, "none of the chosen events", under a line saying 9–13.
     */
    public TimeWindow effectiveWindow() {
        if (currentView) {
            Instant start = later(window.start(), keepFrom);
            Instant end = earlier(window.end(), keepTo);
            return start.isBefore(end) ? new TimeWindow(start, end) : window;
        }
        return from != null && to != null ? new TimeWindow(from, to) : null;
    }

    /** The filter events must pass: the range shown and the explorer's time filter both. */
    public EventFilter filter() {
        TimeWindow w = effectiveWindow();
        Instant start = later(w != null ? w.start() : from, keepFrom);
        Instant end = earlier(w != null ? w.end() : to, keepTo);
        // The range shown is a window, as the screen's timeline is: a month-dated event is drawn across it unless
        // the explorer's own time filter leaves such events out (decision 0167).
        boolean rough = keepFrom == null && keepTo == null || keepRoughlyDated;
        return new EventFilter(actors, kinds, places, sources, start, end, actorMatch, rough);
    }

    /** What the image leaves out besides its range, for its credit line: the facets and the explorer's time filter. */
    public EventFilter leftOut() {
        return new EventFilter(actors, kinds, places, sources, keepFrom, keepTo, actorMatch, keepRoughlyDated);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }
}
