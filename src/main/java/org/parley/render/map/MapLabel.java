package org.parley.render.map;

import org.parley.render.FontSpec;
import org.parley.render.label.Rect;

/**
 * One label the map decided to draw: its text, font, the rectangle it covers (text starts at the
 * left edge, on {@code baseline}), and the point a leader line joins it to, if it sits away from
 * its mark.
 */
public record MapLabel(Kind kind, String text, FontSpec font, Rect box, double baseline, boolean strong, boolean leader,
                double anchorX, double anchorY) {

    public enum Kind { EDGE, ROUTE, PLACE, NOTE }
}
