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
record DashboardFigure(String title, String credit, TimelineFigure timeline, MapFigure map, ActorsFigure actors,
                       Theme theme) implements Picture {

    static final double WIDTH = 1920;
    private static final double LOWER_HEIGHT = 640;
    private static final double GAP = 8;
    private static final double PANEL_TITLE_HEIGHT = 30;
    private static final FontSpec PANEL_TITLE_FONT = FontSpec.sansBold(15);

    static DashboardFigure of(Selection sel, Theme theme) {
        // The dashboard's own title and credit frame everything, so the timeline draws neither.
        TimelineFigure timeline = TimelineFigure.of(sel, WIDTH, theme, new Decorations(null, null, true, true));
        double half = (WIDTH - GAP) / 2;
        MapFigure map = MapFigure.of(sel, half, LOWER_HEIGHT, "Places", theme);
        // The map draws its own title; the network gets a row above it so no node hides under one.
        ActorsFigure actors = ActorsFigure.of(sel, half, LOWER_HEIGHT - PANEL_TITLE_HEIGHT, theme);
        return new DashboardFigure(sel.title(), sel.credit(), timeline, map, actors, theme);
    }

    @Override
    public double width() {
        return WIDTH;
    }

    @Override
    public double height() {
        return Strips.TITLE_HEIGHT + timeline.height() + GAP + LOWER_HEIGHT + Strips.CREDIT_HEIGHT;
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
        Strips.credit(p, theme, credit, y + LOWER_HEIGHT, WIDTH);
        p.restore();
    }

    private static void at(Painter p, Picture picture, double x, double y) {
        p.save();
        p.translate(x, y);
        picture.paint(p);
        p.restore();
    }
}
