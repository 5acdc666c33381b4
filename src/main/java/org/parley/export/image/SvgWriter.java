package org.parley.export.image;

import org.parley.seed.Printable;

import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.parley.render.TextAnchor;
import org.parley.render.awt.Java2DPainter;

/**
 * SVG through JFreeSVG, with text kept as {@code <text>} elements so titles and labels stay
 * searchable, selectable and editable in a drawing program. Every {@code <text>} names a font stack
 * and states its own anchor ({@code text-anchor}, start included), so a browser, Inkscape or
 * LibreOffice without DejaVu Sans still lines labels up against their marks as the PNG does: a
 * renderer's default or a style inherited from an enclosing group never decides.
 */
final class SvgWriter {

    /** What any renderer can find: ours first, then the common look-alikes. */
    static final String FONT_STACK = "DejaVu Sans, Arial, Helvetica, sans-serif";

    private static final String ANCHOR_ID = "parley-anchor-";
    // JFreeSVG wraps each string in <g id='…'> when an element id is hinted; the id carries the anchor
    // to the text element itself (some importers ignore presentation attributes inherited from a group).
    private static final Pattern ANCHOR_GROUP =
            Pattern.compile("<g id='" + ANCHOR_ID + "(start|end|middle)-\\d+'([^>]*)><text ");

    // Ids go into an attribute unescaped by JFreeSVG: only plain ones are written.
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_.:-]+");

    /**
     * JFreeSVG starts its clip and gradient ids with the time of day, so the same drawing exported twice
     * differed in every clipped element: drawn with this stand-in, then named after the drawing itself.
     */
    private static final String DEFS_STAND_IN = "_pdefs";
    // JFreeSVG escapes quotes in text, so only its own attributes can hold these.
    private static final Pattern DEFS_REFERENCE =
            Pattern.compile("(id='|url\\(#)" + DEFS_STAND_IN);
    /** Each event's marks and words in {@code <g class='item' data-event='…'>}, for a web page to link. */
    private static final Java2DPainter.ItemMarker ITEM_GROUPS = new Java2DPainter.ItemMarker() {
        @Override
        public void begin(Graphics2D g, String eventId) {
            if (SAFE_ID.matcher(eventId).matches()) {
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put("class", "item");
                attributes.put("data-event", eventId);
                g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, attributes);
            } else {
                g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, Map.of("class", "item"));
            }
        }

        @Override
        public void end(Graphics2D g) {
            g.setRenderingHint(SVGHints.KEY_END_GROUP, "item");
        }
    };

    private SvgWriter() {
    }

    static void write(Picture picture, double factor, OutputStream out) throws IOException {
        ImageSize size = ImageSize.of(picture, factor);
        SVGGraphics2D g = new SVGGraphics2D(size.width(), size.height());
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g.setFontFunction(family -> FONT_STACK);
        g.setDefsKeyPrefix(DEFS_STAND_IN);
        int[] count = {0};
        Java2DRender.paint(g, picture, factor, (g2, text, x, y, anchor, width) -> {
            g2.setRenderingHint(SVGHints.KEY_ELEMENT_ID, ANCHOR_ID + svgAnchor(anchor) + "-" + count[0]++);
            g2.drawString(text, (float) x, (float) y);
        }, ITEM_GROUPS);
        g.dispose();
        String body = namedDefs(ANCHOR_GROUP.matcher(g.getSVGElement()).replaceAll("<g$2><text text-anchor='$1' "));
        // No DOCTYPE (as getSVGDocument writes): a parser would go online to fetch its DTD.
        // Text from the dataset may hold NUL, ESC or BEL, which no XML document may contain.
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + Printable.forXml(body) + "\n";
        out.write(svg.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Ids from the drawing's own content: the same drawing gives the same file, and two different drawings
     * inlined in one web page (its timeline and its map) still never share a clip's id.
     */
    static String namedDefs(String svg) {
        String name = "p" + HexFormat.of().formatHex(sha256(svg), 0, 6) + "-";
        return DEFS_REFERENCE.matcher(svg).replaceAll("$1" + name);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String svgAnchor(TextAnchor anchor) {
        return switch (anchor) {
            case START -> "start";
            case MIDDLE -> "middle";
            case END -> "end";
        };
    }
}
