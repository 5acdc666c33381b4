package org.parley.export.image;

import org.parley.seed.Printable;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.parley.render.TextAnchor;

/**
 * SVG through JFreeSVG, with text kept as {@code <text>} elements so titles and labels stay
 * searchable, selectable and editable in a drawing program. Text names a font stack and states
 * its anchor ({@code text-anchor}), so a browser or Inkscape without DejaVu Sans still lines
 * right-aligned and centred labels up against their marks as the PNG does.
 */
final class SvgWriter {

    /** What any renderer can find: ours first, then the common look-alikes. */
    static final String FONT_STACK = "DejaVu Sans, Arial, Helvetica, sans-serif";

    private static final String ANCHOR_ID = "parley-anchor-";
    // JFreeSVG wraps each string in <g id='…'> when an element id is hinted; the id carries the anchor.
    private static final Pattern ANCHOR_GROUP = Pattern.compile("<g id='" + ANCHOR_ID + "(end|middle)-\\d+'");

    private SvgWriter() {
    }

    static void write(Picture picture, double factor, OutputStream out) throws IOException {
        ImageSize size = ImageSize.of(picture, factor);
        SVGGraphics2D g = new SVGGraphics2D(size.width(), size.height());
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g.setFontFunction(family -> FONT_STACK);
        int[] count = {0};
        Java2DRender.paint(g, picture, factor, (g2, text, x, y, anchor, width) -> {
            if (anchor != TextAnchor.START) {
                g2.setRenderingHint(SVGHints.KEY_ELEMENT_ID, ANCHOR_ID
                        + (anchor == TextAnchor.END ? "end" : "middle") + "-" + count[0]++);
            }
            g2.drawString(text, (float) x, (float) y);
        });
        g.dispose();
        String body = ANCHOR_GROUP.matcher(g.getSVGElement()).replaceAll("<g text-anchor='$1'");
        // No DOCTYPE (as getSVGDocument writes): a parser would go online to fetch its DTD.
        // Text from the dataset may hold NUL, ESC or BEL, which no XML document may contain.
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + Printable.forXml(body) + "\n";
        out.write(svg.getBytes(StandardCharsets.UTF_8));
    }
}
