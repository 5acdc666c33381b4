package org.parley.export;

import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.Modality;

import java.util.Locale;

/**
 * Evidence as an export writes it in one cell: the source, the verbatim text, and the two things a
 * reader must not miss, that it is not reporting (a headline, a caption, …) and whom the paper credits.
 */
final class EvidenceNotes {

    /** Said of an event none of whose evidence is reporting. */
    static final String NON_REPORTING_ONLY = "rests only on non-reporting parts";

    private EvidenceNotes() {
    }

    static String describe(Dataset data, Evidence ev) {
        StringBuilder out = new StringBuilder(ev.source()).append(": ").append(ev.text());
        data.partOf(ev).ifPresent(p -> out.append(" [").append(p.kind().label().toLowerCase(Locale.ROOT))
                .append(", not reporting]"));
        String credit = data.creditOf(ev);
        if (!credit.isEmpty()) {
            out.append(" (according to ").append(credit).append(')');
        }
        return out.toString();
    }

    /**
     * For an event whose day or place the curator inferred, that it was and how (the curator's note);
     * "" otherwise. Exports that tell events as prose say it, as the app's detail pane does.
     */
    static String inferred(Event e) {
        if (!e.inferred()) {
            return "";
        }
        String how = e.note().isBlank() ? "." : ": " + e.note();
        return "\u2248 Day or place inferred by the curator" + how;
    }

    /** What a web page or a slide says first of an event that had not happened as of the papers' date; "" otherwise. */
    static String modality(Event e) {
        return e.modality() == Modality.HAPPENED ? "" : e.modality().label() + " as of the papers' date.";
    }

    /** "" for an event with reporting behind it, else {@link #NON_REPORTING_ONLY}. */
    static String basis(Dataset data, Event e) {
        return data.restsOnlyOnNonReporting(e) ? NON_REPORTING_ONLY : "";
    }
}
