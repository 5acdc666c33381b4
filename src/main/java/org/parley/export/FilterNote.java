package org.parley.export;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.model.Actor;
import org.parley.model.CountText;
import org.parley.model.ActorOrder;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.model.Source;
import org.parley.model.SourceFilter;

/**
 * What an export leaves out, in words for its credit line: "Filtered: actor Wendy Sherman;
 * kind Statement; time range 9 Jan 2022 – 10 Jan 2022", or "events shared by Sergei A. Ryabkov and
 * Wendy Sherman" for the events two actors share. A picture of some of the events must not
 * pass for the whole story. The filter given is what is left out besides the range the picture
 * shows (its axis says that range).
 */
public final class FilterNote {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM u", Locale.ENGLISH);
    /** Names listed before "and N more": a credit line is one line. */
    private static final int NAMES = 3;

    private FilterNote() {
    }

    /** The note for {@code filter}, or empty when it keeps every event. */
    public static Optional<String> of(EventFilter filter, Dataset data) {
        return which(filter, data).map(w -> "Filtered: " + w);
    }

    /** What {@code filter} keeps, in words ("actor Vladimir Putin; from 1 Jan 2030 on"), or empty for nothing. */
    public static Optional<String> which(EventFilter filter, Dataset data) {
        List<String> parts = new ArrayList<>();
        List<String> actors = actorNames(filter.actors(), data);
        if (filter.wantsAllActors()) {
            // Two actors' shared events are not either one's; "all of actors A, B" read oddly on a slide.
            parts.add("events shared by " + together(actors));
        } else {
            facet(parts, "actor", "actors", actors);
        }
        facet(parts, "kind", "kinds", filter.kinds().stream().map(EventKind::label).sorted().toList());
        facet(parts, "place", "places", filter.places().stream()
                .map(id -> data.place(id).map(p -> p.name()).orElse(id)).sorted().toList());
        String papers = switch (filter.sources().mode()) {
            case ANY -> "";
            case INCLUDES -> "reported by " + data.sourceName(filter.sources().sourceId());
            case ALL_SOURCES -> "reported by every paper";
            case SINGLE_SOURCE -> "reported by one paper only";
        };
        if (!papers.isEmpty()) {
            parts.add(papers);
        }
        if (filter.from() != null || filter.to() != null) {
            // Days in the dataset's own zone, as the Filters pane's date fields show them; the end is exclusive.
            String first = filter.from() == null ? null : DAY.format(filter.from().atZone(data.zone()));
            String last = filter.to() == null ? null : DAY.format(filter.to().minusNanos(1).atZone(data.zone()));
            parts.add(first == null ? "up to " + last
                    : last == null ? "from " + first + " on"
                    : first.equals(last) ? "on " + first
                    : "time range " + first + " \u2013 " + last);
            // A picture or a file of one day must not pass for all that happened then, nor hide the month-dated.
            long rough = data.events().stream().filter(filter.withRoughlyDated(false).leftOutAsRoughlyDated(data)).count();
            if (rough > 0) {
                parts.add(CountText.count(rough, "event") + " dated only to a month or coarser "
                        + (filter.roughlyDated() ? "kept" : "left out"));
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
    }

    /**
     * {@code data} with its title saying "(filtered)" and its description opening with {@code note}, so
     * a page, a map layer, a slide show or a handout made from some of its events never passes for the whole.
     */
    public static Dataset labelled(Dataset data, String note) {
        return described(data, note + "." + (data.description().isBlank() ? "" : "\n\n" + data.description()));
    }

    /**
     * As {@link #labelled(Dataset, String)}, for the events {@code papers} keeps. Filtered to one paper, the
     * description says whose report it is ("From The New York Times, 12 Jan 2022 (“…”): the events it reports,
     * with its quotations alone."), and the dataset's own description is left out when it names a paper the
     * filter leaves out: a handout of the Times' events had opened "curated … from The Washington Post and The
     * New York Times reports", speaking for a paper it does not quote.
     */
    public static Dataset labelled(Dataset data, String note, SourceFilter papers) {
        Optional<Source> kept = papers.mode() == SourceFilter.Mode.INCLUDES ? data.source(papers.sourceId()) : Optional.empty();
        if (kept.isEmpty()) {
            return labelled(data, note);
        }
        Source paper = kept.get();
        String whose = "From " + Credits.dated(paper) + (paper.title().isBlank() ? "" : " (\u201C" + paper.title().strip()
                + "\u201D)") + ": the events it reports, with its quotations alone.";
        boolean namesAnother = data.sources().stream().map(Source::publisher)
                .filter(p -> !p.equals(paper.publisher()))
                .anyMatch(data.description()::contains);
        String own = namesAnother || data.description().isBlank() ? "" : "\n\n" + data.description();
        return described(data, note + ".\n\n" + whose + own);
    }

    private static Dataset described(Dataset data, String description) {
        return new Dataset(data.title() + " (filtered)", description, data.declaredFocus().orElse(null),
                data.declaredZone().orElse(null), data.sources(), data.actors(), data.places(), data.events(),
                data.quotes(), data.divergences(), data.positions());
    }

    /** "A", "A and B", "A, B and C", "A, B, C, D and 2 more". */
    public static String together(List<String> names) {
        if (names.size() > NAMES) {
            return String.join(", ", names.subList(0, NAMES)) + " and " + (names.size() - NAMES) + " more";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /**
     * The actors' names in the order the Filters pane and the Actors tab list them ({@link ActorOrder}: Grushko before
     * Sherman, by surname); an id the dataset does not hold, by itself, after them. Sorted as text, a note had said
     * "Antony Blinken, Jake Sullivan, Sergei Ryabkov", by first name, beside a pane that files them by surname.
     */
    public static List<String> actorNames(Collection<String> ids, Dataset data) {
        return ActorOrder.ids(ids, data).stream().map(id -> data.actor(id).map(Actor::name).orElse(id)).toList();
    }

    private static void facet(List<String> parts, String one, String many, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        String listed = String.join(", ", names.subList(0, Math.min(NAMES, names.size())))
                + (names.size() > NAMES ? " and " + (names.size() - NAMES) + " more" : "");
        parts.add((names.size() == 1 ? one : many) + " " + listed);
    }
}
