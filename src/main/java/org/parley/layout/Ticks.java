package org.parley.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the axis draws for one scale: labelled major ticks, unlabelled minor ticks between
 * them, and the context periods named above them. The first context tick may start left of the
 * viewport; a painter pins its label at x = 0 so the period in view is always named.
 *
 * @param minorUnit null when minor ticks would be too dense to draw
 * @param contextUnit null when major labels already carry the year
 * @param major     the major ticks in view
 * @param opening   the major period under the left edge, when it began off screen (its tick left of
 *                  the view), so its label can be pinned there; null when a tick stands at the edge
 */
public record Ticks(TickUnit majorUnit, TickUnit minorUnit, ContextUnit contextUnit,
                    List<Tick> major, List<Tick> minor, List<Tick> context, Tick opening) {
    public Ticks {
        major = List.copyOf(major);
        minor = List.copyOf(minor);
        context = List.copyOf(context);
    }

    /** What the axis labels: the opening period, if any, then the major ticks. */
    public List<Tick> majorLabels() {
        if (opening == null) {
            return major;
        }
        List<Tick> all = new ArrayList<>(major.size() + 1);
        all.add(opening);
        all.addAll(major);
        return List.copyOf(all);
    }
}
