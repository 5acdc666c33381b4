package org.parley.layout;

import java.util.List;

/**
 * Everything the axis draws for one scale: labelled major ticks, unlabelled minor ticks between
 * them, and the context periods named above them. The first context tick may start left of the
 * viewport; a painter pins its label at x = 0 so the period in view is always named.
 *
 * @param minorUnit null when minor ticks would be too dense to draw
 * @param contextUnit null when major labels already carry the year
 */
public record Ticks(TickUnit majorUnit, TickUnit minorUnit, ContextUnit contextUnit,
                    List<Tick> major, List<Tick> minor, List<Tick> context) {
    public Ticks {
        major = List.copyOf(major);
        minor = List.copyOf(minor);
        context = List.copyOf(context);
    }
}
