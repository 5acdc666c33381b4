package org.parley.export.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.layout.map.ScreenPoint;
import org.parley.model.Dataset;
import org.parley.render.label.Rect;
import org.parley.render.map.MapLabel;
import org.parley.render.map.MapScene;
import org.parley.render.map.PlaceMarker;
import org.parley.seed.BundledSeeds;

/**
 * What the week's slide maps say at each projector size a class may have (the sizes measured in the window,
 * {@link SlideMapLabelsBySizeTest}): no name that reads as another circle's.
 */
class SlideMapNamesBySizeTest {

    private static final ProjectedBasemap BASEMAP = ProjectedBasemap.europe();
    private static final Dataset WEEK = BundledSeeds.dataset();
    private static final List<Step> STEPS = Steps.all(WEEK);
    /** As MapLabels' AMBIGUITY_SLACK: how much nearer another circle a name may lean before it reads as that one's. */
    private static final double SLACK = 2;

    private static final String[] SIZES = {"1024x768", "1280x720", "1366x768", "1920x1080"};
    private static final int[][][] SLIDES = {
        SlideMapLabelsBySizeTest.AT_1024, SlideMapLabelsBySizeTest.AT_1280, SlideMapLabelsBySizeTest.AT_1366,
        SlideMapLabelsBySizeTest.AT_1920,
    };

    private static MapScene scene(int[] slide) {
        return StepMap.scene(BASEMAP, WEEK, STEPS, slide[0] - 1, slide[1], slide[2]).orElseThrow();
    }

    /**
     * A name on a leader line stands nearer its own circle than any other: at 1366×768 step 24's "Ukraine", on a
     * leader, stood just right of Moscow's unnamed circle, 19 px from it and 30 px from Ukraine's, and read as Moscow.
     */
    @Test
    void aNameOnALeaderStandsNearerItsOwnCircleThanAnother() {
        List<String> wrong = new ArrayList<>();
        for (int size = 0; size < SIZES.length; size++) {
            for (int[] s : SLIDES[size]) {
                MapScene scene = scene(s);
                for (MapLabel l : SlideMapLabelsBySizeTest.labels(s)) {
                    if (l.kind() != MapLabel.Kind.PLACE || !l.leader()) {
                        continue;
                    }
                    double own = distance(l.box(), l.anchorX(), l.anchorY()) - l.anchorRadius();
                    for (PlaceMarker m : scene.markers()) {
                        ScreenPoint c = m.position();
                        boolean itsOwn = Math.abs(c.x() - l.anchorX()) < 1 && Math.abs(c.y() - l.anchorY()) < 1;
                        double other = distance(l.box(), c.x(), c.y()) - m.radius();
                        if (!itsOwn && other < own - SLACK) {
                            wrong.add(SIZES[size] + " step " + s[0] + ": " + l.oneLine() + " " + round(own)
                                    + " px from its circle, " + round(other) + " px from " + m.place().name() + "'s");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * Every place a slide map marks is named on it or in the caption under it, and Crimea's dashed outline, in view,
     * is explained by its note, its key or the caption: at 1366x768 Germany went unnamed on steps 26-34, at 1024x768
     * steps 11-14 and 25 showed the outline with nothing saying what it was (decision 0146). A route stop's place may
     * be said with the stop's days instead (decision 0151).
     */
    @Test
    void everyMarkedPlaceIsNamedOnTheMapOrInItsCaption() {
        List<String> unsaid = new ArrayList<>();
        for (int size = 0; size < SIZES.length; size++) {
            for (int[] s : SLIDES[size]) {
                MapScene scene = scene(s);
                SlideMapLabelsBySizeTest.Painted painted = SlideMapLabelsBySizeTest.painted(s);
                String caption = painted.unnamed().caption();
                List<MapLabel> labels = painted.labels();
                boolean crimeaSaid = labels.stream().anyMatch(l -> l.oneLine().equals("Crimea (annexed 2014)"))
                        || caption.contains("Dashed: Crimea (annexed 2014)");
                for (PlaceMarker m : scene.markers()) {
                    String name = m.place().name();
                    boolean onMap = labels.stream().anyMatch(l -> (l.kind() == MapLabel.Kind.PLACE
                            || l.kind() == MapLabel.Kind.ROUTE) && l.oneLine().startsWith(name))
                            || name.equals("Crimea") && crimeaSaid
                            || m.place().id().equals("nato-hq") && labels.stream().anyMatch(l -> l.oneLine()
                            .startsWith("Brussels"));
                    boolean inCaption = caption.startsWith("Also marked: ") && List.of(caption.split("\n")[0]
                            .substring("Also marked: ".length()).split(", ")).contains(name);
                    // A route stop the map leaves unnamed is said with its days: "Dates: Geneva 9–10 Jan".
                    boolean inDates = painted.unnamed().undatedStops().stream().anyMatch(d -> d.startsWith(name + " ")
                            || m.place().id().equals("nato-hq") && d.startsWith("Brussels "));
                    if (!onMap && !inCaption && !inDates) {
                        unsaid.add(SIZES[size] + " step " + s[0] + ": " + name);
                    }
                }
                if (scene.viewport().containsScreen(scene.viewport().project(34.4, 45.3).x(),
                        scene.viewport().project(34.4, 45.3).y()) && !crimeaSaid) {
                    unsaid.add(SIZES[size] + " step " + s[0] + ": Crimea's dashed outline");
                }
            }
        }
        assertEquals(List.of(), unsaid);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** From the nearest point of a box to a point. */
    private static double distance(Rect box, double x, double y) {
        double dx = Math.max(0, Math.max(box.x() - x, x - (box.x() + box.w())));
        double dy = Math.max(0, Math.max(box.y() - y, y - (box.y() + box.h())));
        return Math.hypot(dx, dy);
    }
}
