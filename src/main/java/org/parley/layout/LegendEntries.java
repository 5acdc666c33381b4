package org.parley.layout;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.parley.model.Event;
import org.parley.model.EventKind;
import org.parley.model.Modality;

/**
 * What a timeline's key has to explain: the kinds among the events it draws, and whether any of them
 * has a date known only roughly, had not (yet) happened, or has a day or place the curator inferred.
 * A figure of the meetings alone had a key of nine kinds, eight of them drawn nowhere in it.
 *
 * @param kinds       the kinds drawn, in the key's order (the enum's)
 * @param roughDates  some date is known only to the month or coarser
 * @param notHappened some event is planned, proposed or otherwise not (yet) a fact
 * @param inferred    some event's day or place is the curator's inference
 */
public record LegendEntries(Set<EventKind> kinds, boolean roughDates, boolean notHappened, boolean inferred) {

    /** Every entry: the key of a timeline drawn with no events in mind. */
    public static final LegendEntries ALL = new LegendEntries(EnumSet.allOf(EventKind.class), true, true, true);
    /** No entry: nothing is drawn. */
    public static final LegendEntries NONE = new LegendEntries(EnumSet.noneOf(EventKind.class), false, false, false);

    public LegendEntries {
        // An EnumSet iterates in the enum's order, the key's.
        kinds = Collections.unmodifiableSet(kinds.isEmpty() ? EnumSet.noneOf(EventKind.class) : EnumSet.copyOf(kinds));
    }

    /** Collects the entries of events as they are handed over, one pass. */
    static final class Collector {
        private final EnumSet<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        private boolean rough;
        private boolean notHappened;
        private boolean inferred;

        void add(Event e) {
            kinds.add(e.kind());
            rough |= DrawnSpan.isSoft(e.time().precision());
            notHappened |= e.modality() != Modality.HAPPENED;
            inferred |= e.inferred();
        }

        LegendEntries entries() {
            return new LegendEntries(kinds, rough, notHappened, inferred);
        }
    }
}
