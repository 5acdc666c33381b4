package org.parley.export.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.parley.layout.map.ProjectedBasemap;
import org.parley.model.ActorGroup;
import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.TextAnchor;
import org.parley.layout.TextWrap;
import org.parley.render.Theme;
import org.parley.render.awt.Java2DPainter;
import org.parley.render.graph.GroupColours;
import org.parley.render.graph.GroupFill;
import org.parley.render.timeline.Decorations;

/**
 * The explorer's panels as one slide — the week across the top, map and actor network side by
 * side below — under one title and over one credit line. It is read from the back of a classroom,
 * so every text is at least 3 % of its height (32 px on a 1920×1080 slide, 22 px when that slide is
 * shown at 1280×720): the week is drawn as rows of days, a longer range as rows of months, years or
 * decades ({@link PeriodRowsFigure}), and the map and network are laid out smaller and enlarged until
 * their smallest type reaches that size, as the presentation's slides do. Only a range too long for
 * even a row per decade is drawn as a timeline proper, scaled to fit. The timeline slide is the same
 * frame with the week alone in it: {@code map} and {@code actors} are then null.
 */
record DashboardFigure(List<String> title, List<String> credit, Picture timeline, KindKey key, Picture map,
                       String mapNote, Picture actors, List<List<ActorGroup>> actorKey, Theme theme, double height,
                       double lowerHeight, double type)
        implements Picture {

    /** The slide has no key: where the map groups places, its panel's title says what a ringed number counts. */
    static final String GROUPS_NOTE = "a ringed number counts places too close to draw apart";
    /**
     * The same note, shorter, longest first: on a 16:9 slide the whole one was cut to "…too close to…", and
     * on 4:3 and A4, whose type is larger, to less. The longest that fits is drawn, whole.
     */
    static final List<String> GROUPS_NOTE_WORDINGS = List.of(GROUPS_NOTE, "a ringed number counts places drawn as one",
            "ringed numbers: places drawn as one", "ringed: places drawn as one");

    static final double WIDTH = 1920;
    /** The smallest text as a share of the slide's height. */
    static final double MIN_TEXT_SHARE = 0.03;
    /** The map and network never get less than this, however much the week would like. */
    private static final double MIN_LOWER_SHARE = 0.42;
    /** The smallest type the map and network painters use at zoom 1. */
    private static final double SMALLEST_MAP_FONT = 10;
    private static final double SMALLEST_NETWORK_FONT = 11;
    /** The busiest actors a slide's network names; thirty would be a heap of discs at slide type. */
    private static final int SLIDE_ACTORS = 12;
    private static final double TITLE_SCALE = 1.45;
    /** A filter's note makes the credit long; it wraps rather than lose what the picture leaves out. */
    private static final int CREDIT_LINES = 3;
    /** A title of one's own (--title, up to 500 characters) wraps to two lines before it is cut. */
    private static final int TITLE_LINES = 2;
    private static final double LINE_SPACING = 1.2;

    static DashboardFigure of(Selection sel, Theme theme, DashboardShape shape) {
        return of(sel, theme, shape, true);
    }

    /** The dashboard's timeline alone, filling the frame: a slide of the story, where the timeline view is a report. */
    static DashboardFigure timelineOnly(Selection sel, Theme theme, DashboardShape shape) {
        return of(sel, theme, shape, false);
    }

    private static DashboardFigure of(Selection sel, Theme theme, DashboardShape shape, boolean panels) {
        double height = shape.heightFor(WIDTH);
        double type = MIN_TEXT_SHARE * height;
        double gap = type / 3;
        Painter measuring = Java2DPainter.measuring();
        measuring.setFont(FontSpec.sansBold(type * TITLE_SCALE));
        List<String> title = TextWrap.lines(sel.title(), WIDTH - type, TITLE_LINES, measuring::textWidth);
        // The rows have no key: what their "≈" means goes first in the credit, where an ellipsis cannot take it.
        boolean inferred = sel.events().stream().anyMatch(e -> e.inferred());
        List<String> credit = creditLines(sel, type, inferred, panels);
        double inside = height - titleHeight(type, title.size()) - gap - creditHeight(type, credit.size());
        double timelineShare = panels ? 1 - MIN_LOWER_SHARE : 1;
        Picture timeline;
        // The rows' dots are in their kinds' colours, most of a busy day's with no title beside them: the key says which.
        KindKey key = KindKey.of(sel.events(), theme, WIDTH, type);
        Optional<PeriodRowsFigure> rows = PeriodRowsFigure.of(sel, theme, WIDTH,
                inside * timelineShare - key.height(), type);
        if (!key.lines().isEmpty() && !rows.map(DashboardFigure::namesEveryRow).orElse(false)) {
            // A title outranks the key: where its lines would leave a period naming none of its events, or the
            // rows no room at all, it goes.
            Optional<PeriodRowsFigure> keyless = PeriodRowsFigure.of(sel, theme, WIDTH, inside * timelineShare,
                    type);
            if (keyless.isPresent() && (rows.isEmpty() || namesEveryRow(keyless.get()))) {
                rows = keyless;
                key = KindKey.of(List.of(), theme, WIDTH, type);
            }
        }
        if (rows.isPresent()) {
            timeline = rows.get();
        } else {
            key = KindKey.of(List.of(), theme, WIDTH, type);
            // A timeline proper has its key; the credit need not explain "≈", and may take fewer lines.
            credit = creditLines(sel, type, false, panels);
            inside = height - titleHeight(type, title.size()) - gap - creditHeight(type, credit.size());
            // The dashboard's own title and credit frame everything, so the timeline draws neither.
            Decorations bare = new Decorations(null, null, true, true);
            timeline = Scaled.toHeight(w -> TimelineFigure.of(sel, w, theme, bare, false), WIDTH, inside * timelineShare);
        }
        double lower = inside - timeline.height() - key.height() - gap;
        if (!panels) {
            return new DashboardFigure(title, credit, timeline, key, null, "", null, List.of(), theme, height,
                    Math.max(0, lower), type);
        }
        double half = (WIDTH - gap) / 2;
        double zoom = type / SMALLEST_MAP_FONT;
        // Each panel gets a title row above it, so no place or node hides under its title.
        double art = lower - panelTitleHeight(type);
        MapFigure places = MapFigure.slide(sel, half / zoom, art / zoom, null, theme);
        Picture map = new Scaled(places, zoom);
        String mapNote = mapNote(places);
        double networkZoom = type / SMALLEST_NETWORK_FONT;
        // The network is too short for its own key at slide type: its groups are keyed under the panel's title, and
        // it is laid out in what that leaves. A network of fewer groups keeps the key worked out for the first.
        ActorsFigure network = ActorsFigure.named(sel, half / networkZoom, art / networkZoom, theme, SLIDE_ACTORS);
        double keyHeight = actorKeyRows(network.scene().legendGroups(), half, type).size() * actorKeyRow(type);
        network = ActorsFigure.named(sel, half / networkZoom, (art - keyHeight) / networkZoom, theme, SLIDE_ACTORS);
        List<List<ActorGroup>> actorKey = actorKeyRows(network.scene().legendGroups(), half, type);
        return new DashboardFigure(title, credit, timeline, key, map, mapNote, new Scaled(network, networkZoom),
                actorKey, theme, height, lower, type);
    }

    /** The groups' key in rows as wide as the panel: a swatch and the group's name each, at the slide's type. */
    private static List<List<ActorGroup>> actorKeyRows(Set<ActorGroup> groups, double width, double type) {
        Painter measuring = Java2DPainter.measuring();
        measuring.setFont(FontSpec.sans(type));
        List<List<ActorGroup>> rows = new ArrayList<>();
        List<ActorGroup> row = new ArrayList<>();
        double x = type / 2;
        for (ActorGroup g : groups) {
            double w = actorKeyEntry(measuring, g, type);
            if (x + w > width - type / 2 && !row.isEmpty()) {
                rows.add(row);
                row = new ArrayList<>();
                x = type / 2;
            }
            row.add(g);
            x += w;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    private static double actorKeyEntry(Painter p, ActorGroup g, double type) {
        return type * 0.7 + p.textWidth(g.label()) + type;
    }

    private static double actorKeyRow(double type) {
        return type * 1.3;
    }

    /**
     * What the map's panel title adds: the days of the stops the small map names without them, first, then the groups
     * note. On the A4 and 4:3 slides the map had room for "Geneva" but not "9–10 Jan", and nothing said when the talks
     * were there; a presentation slide says such days under its map in the same words (decision 0151).
     */
    private static String mapNote(MapFigure places) {
        String dates = places.unsaid().datesLine();
        String groups = places.scene().clusters().isEmpty() ? "" : GROUPS_NOTE;
        return dates.isEmpty() || groups.isEmpty() ? dates + groups : dates + " · " + groups;
    }

    /** Whether every row that has events writes out the title of one at least. */
    private static boolean namesEveryRow(PeriodRowsFigure rows) {
        List<Integer> titled = rows.titled(Java2DPainter.measuring());
        for (int i = 0; i < titled.size(); i++) {
            if (titled.get(i) == 0 && !rows.rows().get(i).events().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> creditLines(Selection sel, double type, boolean inferred, boolean withMap) {
        String credit = (inferred ? Flow.INFERRED + " day or place inferred · " : "") + sel.credit()
                + (withMap ? " · " + ProjectedBasemap.CREDIT : "");
        Painter measuring = Java2DPainter.measuring();
        measuring.setFont(FontSpec.sans(type));
        return TextWrap.lines(credit, WIDTH - type, CREDIT_LINES, measuring::textWidth);
    }

    private static double titleHeight(double type, int lines) {
        return type * TITLE_SCALE * (1.45 + LINE_SPACING * Math.max(0, lines - 1));
    }

    private static double creditHeight(double type, int lines) {
        return type * (1.4 + LINE_SPACING * Math.max(0, lines - 1));
    }

    private static double panelTitleHeight(double type) {
        return type * 1.5;
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
        double titleHeight = titleHeight(type, title.size());
        p.setFill(theme.background());
        p.fillRect(0, 0, WIDTH, titleHeight);
        p.setFont(FontSpec.sansBold(type * TITLE_SCALE));
        p.setFill(theme.text());
        double titleBaseline = type * TITLE_SCALE * 1.45 * 0.72;
        for (int i = 0; i < title.size(); i++) {
            p.fillText(title.get(i), type * 0.5, titleBaseline + i * type * TITLE_SCALE * LINE_SPACING, TextAnchor.START);
        }
        double y = titleHeight;
        at(p, timeline, 0, y);
        y += timeline.height();
        at(p, key, 0, y);
        y += key.height() + type / 3;
        if (map == null || actors == null) {
            // The timeline slide: the frame's own ground below the rows, not the panels' grid showing through.
            p.setFill(theme.background());
            p.fillRect(0, y - type / 3, WIDTH, lowerHeight + type / 3);
        } else {
            double panelTitle = panelTitleHeight(type);
            panelTitle(p, "Places", mapNote, 0, y, map.width());
            at(p, map, 0, y + panelTitle);
            double actorsX = WIDTH - actors.width();
            panelTitle(p, "Actors", "", actorsX, y, actors.width());
            double keyHeight = actorKey(p, actorsX, y + panelTitle, actors.width());
            at(p, actors, actorsX, y + panelTitle + keyHeight);
        }
        double creditTop = y + lowerHeight;
        p.setFill(theme.background());
        p.fillRect(0, creditTop, WIDTH, height() - creditTop);
        p.setFont(FontSpec.sans(type));
        p.setFill(theme.mutedText());
        double firstBaseline = creditTop + (height() - creditTop) * 0.5 + type * 0.36
                - type * LINE_SPACING * (credit.size() - 1) / 2;
        for (int i = 0; i < credit.size(); i++) {
            p.fillText(credit.get(i), type * 0.5, firstBaseline + i * type * LINE_SPACING, TextAnchor.START);
        }
        p.restore();
    }

    /** The network's groups, a disc in each one's colour and pattern and its name; returns the height drawn. */
    private double actorKey(Painter p, double x, double y, double w) {
        double row = actorKeyRow(type);
        double h = actorKey.size() * row;
        p.setFill(theme.background());
        p.fillRect(x, y, w, h);
        p.setFont(FontSpec.sans(type));
        double r = type * 0.22;
        for (int i = 0; i < actorKey.size(); i++) {
            double baseline = y + i * row + row * 0.7;
            double cy = baseline - type * 0.33;
            double at = x + type / 2;
            for (ActorGroup g : actorKey.get(i)) {
                GroupFill.of(g, theme).paint(p, GroupColours.of(g, theme), theme.background(), at + r, cy, r);
                p.setFill(theme.mutedText());
                p.fillText(g.label(), at + type * 0.7, baseline, TextAnchor.START);
                at += actorKeyEntry(p, g, type);
            }
        }
        return h;
    }

    /** The panel's name, and after it, smaller and muted, a note on how to read it where it needs one. */
    private void panelTitle(Painter p, String text, String note, double x, double y, double w) {
        double h = panelTitleHeight(type);
        p.setFill(theme.background());
        p.fillRect(x, y, w, h);
        p.setFont(FontSpec.sansBold(type * 1.2));
        p.setFill(theme.text());
        p.fillText(text, x + type / 2, y + h * 0.8, TextAnchor.START);
        if (!note.isEmpty()) {
            double after = x + type / 2 + p.textWidth(text) + type / 2;
            p.setFont(FontSpec.sans(type));
            p.setFill(theme.mutedText());
            double room = x + w - type / 2 - after;
            String wording = wordings(note).stream().map(n -> "· " + n).filter(n -> p.textWidth(n) <= room).findFirst()
                    .orElseGet(() -> p.fitted("· " + wordings(note).get(wordings(note).size() - 1), room));
            p.fillText(wording, after, y + h * 0.8, TextAnchor.START);
        }
    }

    /**
     * A note's wordings, longest first: the groups note has shorter ones, and after the stops' dates it may go
     * altogether before the dates are cut; any other note only itself.
     */
    private static List<String> wordings(String note) {
        if (!note.endsWith(GROUPS_NOTE)) {
            return List.of(note);
        }
        String before = note.substring(0, note.length() - GROUPS_NOTE.length());
        List<String> all = new ArrayList<>(GROUPS_NOTE_WORDINGS.stream().map(w -> before + w).toList());
        if (!before.isEmpty()) {
            all.add(before.substring(0, before.length() - " · ".length()));
        }
        return all;
    }

    private static void at(Painter p, Picture picture, double x, double y) {
        p.save();
        p.translate(x, y);
        picture.paint(p);
        p.restore();
    }
}
