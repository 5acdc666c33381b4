package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An exported map says what its circles' sizes count, as the map panel does: its key said only "Venue or city
 * (size: events)", and a reader of a slide or a report could not put a number on Brussels' circle. The size key
 * (circles for one event, a middling count and the busiest place) stands under the title, clear of it, and the
 * events shown that have no place on the map are counted under it.
 */
class MapSizeKeyTest {

    @TempDir
    Path tmp;

    private record Line(String text, double y) {
    }

    @Test
    void theMapsCirclesAreCountedUnderTheTitle() throws Exception {
        Path out = tmp.resolve("map.svg");
        new ImageExport().export(WeekData.seeds(), WeekData.week(View.MAP, ImageFormat.SVG), out);
        List<Line> lines = lines(out);
        Line title = lines.stream().filter(l -> l.text().startsWith("Map — ")).findFirst().orElseThrow();
        Line caption = lines.stream().filter(l -> l.text().equals("Events:")).findFirst()
                .orElseThrow(() -> new AssertionError("no size key in " + lines.stream().map(Line::text).toList()));
        assertTrue(caption.y() > title.y() + 18, "the key under the title (" + title.y() + "), at " + caption.y());
        assertTrue(lines.stream().anyMatch(l -> l.text().equals("1") && Math.abs(l.y() - caption.y()) < 1),
                "a circle for one event beside the caption");
        assertTrue(lines.stream().anyMatch(l -> l.text().contains("have no place on the map")),
                "the events without a place counted: " + lines.stream().map(Line::text).toList());
    }

    private static List<Line> lines(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList texts = factory.newDocumentBuilder().parse(svg.toFile()).getElementsByTagNameNS("*", "text");
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            lines.add(new Line(t.getTextContent(), Double.parseDouble(t.getAttribute("y"))));
        }
        return lines;
    }
}
