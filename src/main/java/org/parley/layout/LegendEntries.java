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
 * A figure of the meetings alone had a key of nine kinds, eight of them drawn nowhere in it. Seen
 * from far away a large dataset is drawn as density strips, no event on its own: then the key has
 * the strips and nothing else, since no kind's mark, rough date's outline or inferred day's mark is
 * drawn.
 *
 * @param kinds       the kinds drawn, in the key's order (the enum's)
 * @param roughDates  some date is known only to the month or coarser
 * @param notHappened some event is planned, proposed or otherwise not (yet) a fact
 * @param inferred    some event's day or place is the curator's inference
 * @param datedStrips a density strip of events dated to the day or closer is drawn
 * @param roughStrips a density strip of events dated only roughly is drawn
 */
public record LegendEntries(Set<EventKind> kinds, boolean roughDates, boolean notHappened, boolean inferred,
                            boolean datedStrips, boolean roughStrips) {

    /** Every entry of single events: the key of a timeline drawn with no events in mind. */
    public static final LegendEntries ALL = new LegendEntries(EnumSet.allOf(EventKind.class), true, true, true);
    /** No entry: nothing is drawn. */
    public static final LegendEntries NONE = new LegendEntries(EnumSet.noneOf(EventKind.class), false, false, false);

    public LegendEntries {
        // An EnumSet iterates in the enum's order, the key's.
        kinds = Collections.unmodifiableSet(kinds.isEmpty() ? EnumSet.noneOf(EventKind.class) : EnumSet.copyOf(kinds));
    }

    /** The key of single events drawn one by one, no density strip. */
    public LegendEntries(Set<EventKind> kinds, boolean roughDates, boolean notHappened, boolean inferred) {
        this(kinds, roughDates, notHappened, inferred, false, false);
    }

    /** The key of density strips alone: of dated events, of roughly dated ones, or both. */
    public static LegendEntries strips(boolean dated, boolean rough) {
        return new LegendEntries(EnumSet.noneOf(EventKind.class), false, false, false, dated, rough);
    }

    /** Collects the entries of events as they are handed over, one pass. */
    static final class Collector {
        private static final int ROUGH = 1 << 27;
        private static final int DATED = 1 << 28;
        private static final int NOT_HAPPENED = 1 << 29;
        private static final int INFERRED = 1 << 30;
        private static final int KINDS = ROUGH - 1;

        static {
            if (EventKind.values().length > Integer.numberOfTrailingZeros(ROUGH)) {
                throw new IllegalStateException("the kinds' bits must lie below the marks'");
            }
        }

        private int kindBits;
        private boolean rough;
        private boolean dated;
        private boolean notHappened;
        private boolean inferred;

        void add(Event e) {
            add(bits(e));
        }

        /**
         * An event's entries packed in an int: its kind's bit, then its marks. A layout keeps them per
         * event, so that a filter over 100,000 events collects its key from an array, not from the events.
         */
        static int bits(Event e) {
            boolean soft = DrawnSpan.isSoft(e.time().precision());
            return 1 << e.kind().ordinal()
                    | (soft ? ROUGH : DATED)
                    | (e.modality() != Modality.HAPPENED ? NOT_HAPPENED : 0)
                    | (e.inferred() ? INFERRED : 0);
        }

        /** Adds the entries {@link #bits(Event)} packed. */
        void add(int bits) {
            kindBits |= bits & KINDS;
            rough |= (bits & ROUGH) != 0;
            dated |= (bits & DATED) != 0;
            notHappened |= (bits & NOT_HAPPENED) != 0;
            inferred |= (bits & INFERRED) != 0;
        }

        /** The entries of the events added, drawn as density strips ({@code dense}) or one by one. */
        LegendEntries entries(boolean dense) {
            if (dense) {
                return strips(dated, rough);
            }
            EnumSet<EventKind> kinds = EnumSet.noneOf(EventKind.class);
            for (EventKind k : EventKind.values()) {
                if ((kindBits & 1 << k.ordinal()) != 0) {
                    kinds.add(k);
                }
            }
            return new LegendEntries(kinds, rough, notHappened, inferred);
        }
    }
}
