package org.parley.export.image;

import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.TextAnchor;
import org.parley.render.Theme;
import org.parley.render.timeline.Decorations;

/**
 * The explorer's panels in one image — timeline across the top, map and actor network side by
 * side below — under one title and over one credit line: what "the whole window" means headless.
 */
record DashboardFigure(String title, String credit, Picture timeline, MapFigure map, ActorsFigure actors,
                       Theme theme, double height, double lowerHeight) implements Picture {

    static final double WIDTH = 1920;
    /** The map and network never get less than this, however tall the timeline would like to be. */
    private static final double MIN_LOWER_SHARE = 0.45;
    private static final double GAP = 8;
    private static final double PANEL_TITLE_HEIGHT = 30;
    private static final FontSpec PANEL_TITLE_FONT = FontSpec.sansBold(15);

    static DashboardFigure of(Selection sel, Theme theme, DashboardShape shape) {
        double height = shape.heightFor(WIDTH);
        double inside = height - Strips.TITLE_HEIGHT - GAP - Strips.CREDIT_HEIGHT;
        // The dashboard's own title and credit frame everything, so the timeline draws neither.
        Decorations bare = new Decorations(null, null, true, true);
        Picture timeline = Shrunk.toHeight(w -> TimelineFigure.of(sel, w, theme, bare, false), WIDTH,
                inside * (1 - MIN_LOWER_SHARE));
        double lower = inside - timeline.height();
        double half = (WIDTH - GAP) / 2;
        MapFigure map = MapFigure.of(sel, half, lower, "Places", theme);
        // The map draws its own title; the network gets a row above it so no node hides under one.
        ActorsFigure actors = ActorsFigure.of(sel, half, lower - PANEL_TITLE_HEIGHT, theme);
        return new DashboardFigure(sel.title(), sel.credit(), timeline, map, actors, theme, height, lower);
    }

    @Override
    public double width() {
        return WIDTH;
    }


    @Override
    public void paint(Painter p) {
        p.save();
        p.setFill(theme.grid());
        p.fillRect(0, 0, width(), height());
        Strips.title(p, theme, title, 0, WIDTH);
        double y = Strips.TITLE_HEIGHT;
        at(p, timeline, 0, y);
        y += timeline.height() + GAP;
        at(p, map, 0, y);
        double actorsX = WIDTH - actors.width();
        p.setFill(theme.background());
        p.fillRect(actorsX, y, actors.width(), PANEL_TITLE_HEIGHT);
        p.setFont(PANEL_TITLE_FONT);
        p.setFill(theme.text());
        p.fillText("Actors", actorsX + 16, y + 22, TextAnchor.START);
        at(p, actors, actorsX, y + PANEL_TITLE_HEIGHT);
        Strips.credit(p, theme, credit, y + lowerHeight, WIDTH);
        p.restore();
    }

    private static void at(Painter p, Picture picture, double x, double y) {
        p.save();
        p.translate(x, y);
        picture.paint(p);
        p.restore();
    }
}
