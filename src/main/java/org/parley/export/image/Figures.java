package org.parley.export.image;

import org.parley.model.Dataset;

/** Builds the picture a request asks for, laid out at the view's logical width. */
final class Figures {

    static final double BASE_WIDTH = 1600;
    private static final double MAP_HEIGHT = 1000;
    private static final double ACTORS_HEIGHT = 900;

    private Figures() {
    }

    static Picture of(Dataset data, ImageRequest asked) {
        return of(data, asked, BASE_WIDTH);
    }

    /** As {@link #of(Dataset, ImageRequest)}, a timeline laid out {@code timelineWidth} px wide. */
    static Picture of(Dataset data, ImageRequest asked, double timelineWidth) {
        return laidOut(data, asked, timelineWidth, BASE_WIDTH);
    }

    /**
     * As {@link #of(Dataset, ImageRequest)}, for a sheet {@code width} px wide: the timeline on day columns
     * as wide as their cards need (decision 0125), the map and the network as tall for that width as at their own: on
     * paper their labels print at the size the timeline's do. Laid out at 1,600 px and shrunk onto an A4
     * sheet, their names had printed at 5 pt. A slide keeps its frame, and its type, which is a share
     * of its height.
     */
    static Picture forPaper(Dataset data, ImageRequest asked, double width) {
        ImageRequest request = asked.resolvedFor(data);
        if (request.view() == View.TIMELINE) {
            return TimelineFigure.forPaper(Selection.of(data, request), width, request.theme());
        }
        return laidOut(data, asked, width, width);
    }

    private static Picture laidOut(Dataset data, ImageRequest asked, double timelineWidth, double figureWidth) {
        ImageRequest request = asked.resolvedFor(data);
        Selection sel = Selection.of(data, request);
        double share = figureWidth / BASE_WIDTH;
        return switch (request.view()) {
            case TIMELINE -> TimelineFigure.standalone(sel, timelineWidth, request.theme());
            case MAP -> new Framed(MapFigure.of(sel, figureWidth, MAP_HEIGHT * share, sel.title(), request.theme()), null,
                    sel.credit());
            case ACTORS -> actors(sel, ActorsFigure.of(sel, figureWidth, ACTORS_HEIGHT * share, request.theme()));
            case DASHBOARD -> DashboardFigure.of(sel, request.theme(), request.shape());
            case TIMELINE_SLIDE -> DashboardFigure.timelineOnly(sel, request.theme(), request.shape());
        };
    }

    /** The network under its title, the credit saying how many actors were left out when any were. */
    private static Picture actors(Selection sel, ActorsFigure network) {
        String note = network.leftOutNote();
        return new Framed(network, sel.title(), note.isEmpty() ? sel.credit() : sel.credit() + " · " + note);
    }

    /** The logical width a view is laid out at, before scaling. */
    static double baseWidth(View view) {
        return view.isSlide() ? DashboardFigure.WIDTH : BASE_WIDTH;
    }
}
