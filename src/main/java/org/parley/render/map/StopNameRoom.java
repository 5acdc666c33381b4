package org.parley.render.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.layout.map.ScreenPoint;
import org.parley.render.label.Rect;

/**
 * Moves a route stop's badge to another side of its circle when its name, or its days, find no room beside it where
 * it first stood. On a dashboard's 4:3 map (220 × 111 px before it is enlarged) Geneva's "1" stood below and left of
 * its circle, in the panel's corner, with Brussels' circle above it and Vienna's "3" to its right: no name fitted, and
 * Brussels' and Geneva's badges went unnamed while Ukraine, Georgia and Moscow were named. A side is taken only if it
 * names more stops than before (or as many, more of them with their days), covers no other badge, circle or
 * furniture, and leaves the busiest country named where it was. Each try places only the stops' names, a few dozen
 * spots, so a frame that names every stop with its days at once (a large panel) costs one try.
 */
final class StopNameRoom {

    private StopNameRoom() {
    }

    /**
     * @param first     each stop's badge where {@link RouteBadges} put it, in route order
     * @param placed    the labels placed with {@code first}
     * @param furniture boxes of what is drawn over the map (scale bar, credit, title, legend, key)
     * @return each stop's badge, in route order: {@code first} itself where every stop is named there or no other side
     *         names more
     */
    static List<ScreenPoint> badges(MapScene scene, List<ScreenPoint> stops, List<ScreenPoint> first,
                                    MapLabels.Placed placed, List<Rect> furniture, MapLabels.Measure measure) {
        if (placed.everyStopDated()) {
            return first;
        }
        List<ScreenPoint> badges = first;
        int named = score(placed.stopsNamed(), placed.stopsDated());
        int most = score(badges.size(), badges.size());
        String busiest = busiestNamed(scene, placed.labels());
        // Until a pass moves nothing: a badge moved for one stop may leave room for another's.
        boolean moved = true;
        while (moved && named < most) {
            moved = false;
            MapLabels.StopsNamed now = MapLabels.stopsNamed(scene, stops, badges, furniture, measure);
            for (int i = 0; i < badges.size() && !moved; i++) {
                if (now.dated()[i]) {
                    continue;
                }
                // Every side that names more stops (or as many, more of them with their days), best first; the
                // busiest country's name is checked only on the way down the list, since that places every name.
                List<Trial> better = new ArrayList<>();
                for (ScreenPoint side : RouteBadges.alternatives(scene, stops, i, badges, furniture)) {
                    List<ScreenPoint> trial = new ArrayList<>(badges);
                    trial.set(i, side);
                    int trialNamed = score(MapLabels.stopsNamed(scene, stops, trial, furniture, measure));
                    if (trialNamed > named) {
                        better.add(new Trial(trial, trialNamed, apart(trial, i)));
                    }
                }
                better.sort(Comparator.comparingInt(Trial::named).thenComparingDouble(Trial::apart).reversed());
                List<ScreenPoint> best = null;
                int bestNamed = named;
                for (Trial t : better) {
                    if (busiest == null || busiest.equals(busiestNamed(scene, stops, t.badges(), furniture, measure))) {
                        best = t.badges();
                        bestNamed = t.named();
                        break;
                    }
                }
                if (best != null) {
                    badges = List.copyOf(best);
                    named = bestNamed;
                    moved = true;
                }
            }
        }
        return badges;
    }

    /** Badges with one moved, how well they name the stops ({@link #score}), and how far the moved one stands apart. */
    private record Trial(List<ScreenPoint> badges, int named, double apart) {
    }

    /** The name of the country or region most events are about, if these badges leave it named; else null. */
    private static String busiestNamed(MapScene scene, List<ScreenPoint> stops, List<ScreenPoint> badges,
                                       List<Rect> furniture, MapLabels.Measure measure) {
        return busiestNamed(scene, MapLabels.place(scene, stops, badges, furniture, measure));
    }

    /** The name of the country or region most events are about, if {@code labels} name it; else null. */
    private static String busiestNamed(MapScene scene, List<MapLabel> labels) {
        PlaceMarker busiest = scene.markers().stream().filter(m -> !m.isSite() && !CrimeaNote.marks(m))
                .max(Comparator.comparingInt(PlaceMarker::events)).orElse(null);
        if (busiest == null) {
            return null;
        }
        String name = busiest.place().name();
        return labels.stream().anyMatch(l -> l.kind() == MapLabel.Kind.PLACE && l.text().equals(name)) ? name : null;
    }

    /**
     * How far badge {@code i} stands from the nearest other badge, up to two badges' room: of the sides that name
     * as many stops, the one furthest from the others reads as its own stop's ("Geneva ① ③ Vienna" had Geneva's
     * badge read as a pair with Vienna's); beyond that, the side {@link RouteBadges} prefers.
     */
    private static double apart(List<ScreenPoint> badges, int i) {
        double nearest = 2 * RouteArt.BADGES_APART;
        for (int j = 0; j < badges.size(); j++) {
            if (j != i) {
                nearest = Math.min(nearest, Math.hypot(badges.get(i).x() - badges.get(j).x(),
                        badges.get(i).y() - badges.get(j).y()));
            }
        }
        return nearest;
    }

    private static int score(MapLabels.StopsNamed names) {
        return score(count(names.named()), count(names.dated()));
    }

    /**
     * How well the stops are named: a stop more named beats any number of names given their days, and among badges
     * that name as many, more of them with their days wins. Kallas's slide named Geneva without "9–10 Jan" above the
     * credit while its badge's other side had room for both.
     */
    private static int score(int named, int dated) {
        return named * (WeekRoute.MAX_STOPS + 1) + dated;
    }

    private static int count(boolean[] named) {
        int n = 0;
        for (boolean b : named) {
            n += b ? 1 : 0;
        }
        return n;
    }
}
