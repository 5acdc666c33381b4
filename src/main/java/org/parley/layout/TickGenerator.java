package org.parley.layout;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses and places the axis ticks for a scale, in a zone's local calendar: switching between
 * the venue's time and UTC is only a different {@link ZoneId}.
 */
public final class TickGenerator {

    /**
     * Wide enough that a week across a screen reads as days rather than half-days and six hours
     * as hours rather than half-hours, while still leaving room for "Wed 12 Jan" style labels.
     */
    public static final double DEFAULT_MIN_MAJOR_SPACING = 140;
    /**
     * Days may stand this close: "Wed 12" needs some 50 px. The general spacing is there so a week
     * reads as days rather than half-days; applied to days themselves it ticked the week of talks by
     * weeks in a 900-px window (days of 130 px), leaving the days unlabelled.
     */
    public static final double MIN_DAY_SPACING = 100;
    /** Minor ticks closer than this are noise, so they are left out. */
    public static final double MIN_MINOR_SPACING = 5;

    private final double minMajorSpacing;

    public TickGenerator() {
        this(DEFAULT_MIN_MAJOR_SPACING);
    }

    public TickGenerator(double minMajorSpacing) {
        if (!(minMajorSpacing > 0)) {
            throw new IllegalArgumentException("spacing must be positive: " + minMajorSpacing);
        }
        this.minMajorSpacing = minMajorSpacing;
    }

    /** The finest unit whose ticks are at least the minimum spacing apart at this zoom. */
    public TickUnit majorUnit(TimeScale scale) {
        for (TickUnit unit : TickUnit.values()) {
            double least = unit == TickUnit.DAY ? Math.min(minMajorSpacing, MIN_DAY_SPACING) : minMajorSpacing;
            if (unit.approxMillis() / scale.millisPerPixel() >= least) {
                return unit;
            }
        }
        return TickUnit.CENTURY;
    }

    public Ticks ticks(TimeScale scale, ZoneId zone) {
        return ticks(scale, zone, TickUnit.MINUTE);
    }

    /**
     * Ticks no finer than {@code finest}: a timeline whose events are known only to the day draws
     * day columns and no clock hours, which would suggest times the sources never give.
     */
    public Ticks ticks(TimeScale scale, ZoneId zone, TickUnit finest) {
        TickUnit major = majorUnit(scale);
        if (major.approxMillis() < finest.approxMillis()) {
            major = finest;
        }
        TickUnit minor = major.minor();
        if (minor != null && (minor.approxMillis() / scale.millisPerPixel() < MIN_MINOR_SPACING
                || minor.approxMillis() < finest.approxMillis())) {
            minor = null;
        }
        ZonedDateTime from = Instant.ofEpochMilli(Math.round(scale.startMillis())).atZone(zone);
        List<Tick> majors = unitTicks(scale, major, from, true);
        // The period under the left edge began off screen: its tick, left of the view, anchors the
        // label the axis pins there. Without it a day scrolled 20 px to the left lost its name while
        // 300 px of it were in view, and a view inside one day had no label at all.
        ZonedDateTime start = major.floor(from);
        double startX = scale.xOf(start.toInstant());
        Tick opening = startX < 0 ? new Tick(start.toInstant(), startX, major.label(start)) : null;
        List<Tick> minors = minor == null ? List.of() : withoutMajors(unitTicks(scale, minor, from, false), majors);
        ContextUnit context = major.context();
        List<Tick> contexts = context == null ? List.of() : contextTicks(scale, context, from);
        return new Ticks(major, minor, context, majors, minors, contexts, opening);
    }

    private static List<Tick> unitTicks(TimeScale scale, TickUnit unit, ZonedDateTime from, boolean labelled) {
        List<Tick> ticks = new ArrayList<>();
        double last = Double.NEGATIVE_INFINITY;
        for (ZonedDateTime t = unit.floor(from); ; t = unit.next(t)) {
            double x = scale.xOf(t.toInstant());
            if (x > scale.width()) {
                return ticks;
            }
            // Stepping local time across a DST change can land twice on one instant; keep one.
            if (x >= 0 && x > last) {
                ticks.add(new Tick(t.toInstant(), x, labelled ? unit.label(t) : ""));
                last = x;
            }
        }
    }

    private static List<Tick> withoutMajors(List<Tick> minors, List<Tick> majors) {
        Set<Instant> taken = new HashSet<>();
        for (Tick t : majors) {
            taken.add(t.time());
        }
        return minors.stream().filter(t -> !taken.contains(t.time())).toList();
    }

    private static List<Tick> contextTicks(TimeScale scale, ContextUnit unit, ZonedDateTime from) {
        List<Tick> ticks = new ArrayList<>();
        for (ZonedDateTime t = unit.floor(from); ; t = unit.next(t)) {
            double x = scale.xOf(t.toInstant());
            if (x > scale.width()) {
                return ticks;
            }
            ticks.add(new Tick(t.toInstant(), x, unit.label(t)));
        }
    }
}
