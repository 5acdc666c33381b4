package org.parley.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.model.SourceFilter;
import org.parley.seed.Printable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The explorer's actor, kind, place and paper filters on the command line, for every command that writes
 * what a filter keeps: the same options, the same words and the same refusals of an unknown id.
 */
final class EventFilterOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--actor", paramLabel = "ID", description = "Keep events with this actor (repeatable): with "
            + "several, events with any of them, unless --all-actors.")
    List<String> actors = new ArrayList<>();

    /* What a line of the actor network stands for: the events two actors share, not those of either. */
    @Option(names = "--all-actors", description = "Keep only events with every --actor given (what they share), "
            + "not those with any of them.")
    boolean allActors;

    @Option(names = "--kind", paramLabel = "KIND", description = "Keep events of this kind (repeatable): "
            + "meeting, statement, briefing, proposal, military, reaction, decision, conflict, economy.")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--place", paramLabel = "ID", description = "Keep events at or about this place, or a place "
            + "within it (repeatable).")
    List<String> places = new ArrayList<>();

    /* The Filters pane's "Reported by": the explorer could narrow to one paper and the command line could not. */
    @Option(names = "--reported-by", paramLabel = "SOURCE", description = "Keep events this paper reports (its "
            + "source id, as in sources.csv), with its quotations and its stances only; or \"both\": events every "
            + "paper reports, \"one\": events one paper alone reports.")
    String reportedBy;

    /* The pane's "Reported by both" and "Reported by only one", where the two papers are compared. */
    private static final Map<String, SourceFilter> PAPERS_COMPARED = Map.of(
            "both", SourceFilter.ALL_SOURCES, "one", SourceFilter.SINGLE_SOURCE);

    /**
     * The filter these options make over {@code data}, its ids checked; the time range is the
     * command's own ({@code --from}/{@code --to} mean the days shown for an image).
     */
    EventFilter filter(Dataset data) {
        EventFilter f = EventFilter.NONE.withActors(actors(data)).withKinds(kinds()).withPlaces(places(data))
                .withActorMatch(allActors ? EventFilter.ActorMatch.ALL : EventFilter.ActorMatch.ANY);
        if (reportedBy == null) {
            return f;
        }
        Map<String, String> papers = names(data.sources().stream().map(src -> Map.entry(src.id(), data.sourceName(src.id()))));
        // A paper's own id comes first: a dataset may name a source "one".
        SourceFilter compared = PAPERS_COMPARED.get(reportedBy.toLowerCase(Locale.ROOT));
        if (!papers.containsKey(reportedBy) && compared != null) {
            return f.withSources(compared);
        }
        String paper = known("--reported-by", List.of(reportedBy), papers, "; or both, one").iterator().next();
        return f.withSources(SourceFilter.includes(paper));
    }

    /** Whether any of these filters was given. */
    boolean any() {
        return !actors.isEmpty() || !kinds.isEmpty() || !places.isEmpty() || reportedBy != null;
    }

    /**
     * --all-actors with fewer than two --actor is a usage error, before any database is opened: with none it
     * would keep every event, and a user who meant two actors' shared events would get all of them unsaid.
     */
    void check() {
        if (allActors && actors.size() < 2) {
            throw usage("--all-actors keeps the events several actors share: give two or more --actor"
                    + (actors.isEmpty() ? "." : " (only \"" + Printable.oneLine(actors.get(0)) + "\" was given)."));
        }
    }

    /** The kinds asked for; an unknown one is a usage error, before any database is opened. */
    Set<EventKind> kinds() {
        Set<EventKind> out = EnumSet.noneOf(EventKind.class);
        for (String k : kinds) {
            out.add(EventKind.byId(k.toLowerCase(Locale.ROOT)).orElseThrow(() -> usage(
                    "--kind: \"" + Printable.oneLine(k) + "\" is not a kind of event: use meeting, statement, "
                            + "briefing, proposal, military, reaction, decision, conflict or economy.")));
        }
        return out;
    }

    /** The actors asked for, each known to {@code data}. */
    Set<String> actors(Dataset data) {
        return known("--actor", actors, names(data.actors().stream().map(a -> Map.entry(a.id(), a.name()))));
    }

    /** The places asked for, each known to {@code data}. */
    Set<String> places(Dataset data) {
        return known("--place", places, names(data.places().stream().map(p -> Map.entry(p.id(), p.name()))));
    }

    private static Map<String, String> names(Stream<Map.Entry<String, String>> idsAndNames) {
        Map<String, String> out = new LinkedHashMap<>();
        idsAndNames.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /**
     * {@code asked}, each an id of {@code names} (id → name); an unknown one is a usage error that
     * offers the ids nearest to it ("did you mean "sherman" (Wendy Sherman)?"), or lists the known
     * ids when none is near.
     */
    private Set<String> known(String option, List<String> asked, Map<String, String> names) {
        return known(option, asked, names, "");
    }

    /** As {@link #known(String, List, Map)}; {@code alsoAccepted} follows the list of known ids. */
    private Set<String> known(String option, List<String> asked, Map<String, String> names, String alsoAccepted) {
        List<String> unknown = asked.stream().filter(id -> !names.containsKey(id)).distinct().toList();
        if (!unknown.isEmpty()) {
            List<String> lines = new ArrayList<>();
            boolean unmatched = false;
            for (String id : unknown) {
                // Quoted, as --kind's are: an empty id had read "Unknown --place . Known ids: …".
                String said = option + ": \"" + Printable.oneLine(id) + "\" is not an id in the dataset";
                List<String> near = NearIds.to(id, names);
                unmatched |= near.isEmpty();
                lines.add(near.isEmpty() ? said + "." : said + "; did you mean " + meant(near, names) + "?");
            }
            throw usage(String.join("\n", lines) + (unmatched ? " Known ids: " + listed(List.copyOf(names.keySet())) + alsoAccepted + "." : ""));
        }
        return new LinkedHashSet<>(asked);
    }

    /** "sherman" (Wendy Sherman), or "a" (A) or "b" (B): the id to type, and the name the user knows. */
    private static String meant(List<String> ids, Map<String, String> names) {
        List<String> each = ids.stream().map(id -> "\"" + id + "\" (" + Printable.brief(names.get(id)) + ")").toList();
        return each.size() == 1 ? each.get(0)
                : String.join(", ", each.subList(0, each.size() - 1)) + " or " + each.get(each.size() - 1);
    }

    /** A large dataset's thousand ids would bury the message: the first few, and how many more. */
    private static String listed(List<String> ids) {
        int shown = 40;
        return ids.size() <= shown ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, shown)) + String.format(" and %,d more", ids.size() - shown);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
