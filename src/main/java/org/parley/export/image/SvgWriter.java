package org.parley.export.image;

import org.parley.seed.Printable;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * SVG through JFreeSVG, with text kept as {@code <text>} elements so titles and labels stay
 * searchable, selectable and editable in a drawing program.
 */
final class SvgWriter {

    private SvgWriter() {
    }

    static void write(Picture picture, double factor, OutputStream out) throws IOException {
        ImageSize size = ImageSize.of(picture, factor);
        SVGGraphics2D g = new SVGGraphics2D(size.width(), size.height());
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        Java2DRender.paint(g, picture, factor);
        g.dispose();
        // No DOCTYPE (as getSVGDocument writes): a parser would go online to fetch its DTD.
        // Text from the dataset may hold NUL, ESC or BEL, which no XML document may contain.
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + Printable.forXml(g.getSVGElement()) + "\n";
        out.write(svg.getBytes(StandardCharsets.UTF_8));
    }
}
