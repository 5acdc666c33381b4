package org.parley.cli;

import org.parley.app.Workspace;
import org.parley.seed.Printable;
import org.parley.seed.DatasetException;
import org.parley.model.Actor;
import org.parley.store.ActorSearch;
import org.parley.store.SearchHit;
import org.parley.store.TakingPart;
import org.parley.store.ParleyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Full-text search over events, quotes and the articles, best matches first, after the actors whose "
                + "names match; then the events those actors take part in that no match lists.%n"
                + "Words that name a person find their events whose title, summary, quotes or place hold the other "
                + "words: \"Sherman Geneva\" lists her events in or about Geneva, \"Stoltenberg Brussels\" his there.%n"
                + "Any text is safe to type. Every word must be found, whole, the last one as a prefix; words in "
                + "double quotes are a phrase; OR between two words takes either; NOT leaves out every event the "
                + "next word would find: whose title, summary, quotes or place hold it, or where a person it names "
                + "takes part (\"Sherman NOT Brussels\" lists none of her events held there, \"Brussels NOT Sherman\" "
                + "none she takes part in).")
final class SearchCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "20", description = "Most results to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "What to look for.")
    List<String> words;

    @Spec
    CommandSpec spec;

    /**
     * "-pastry" is a word to look for, but "--dbb w.db" is a mistyped option: searched for, it
     * opened (or created and filled) the default database instead of the one meant. After "--"
     * anything is a word.
     */
    private void refuseMistypedOptions() {
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        int endOfOptions = args.indexOf("--");
        for (String w : words) {
            int at = args.indexOf(w);
            if (w.length() > 2 && w.startsWith("--") && Character.isLetter(w.charAt(2))
                    && (endOfOptions < 0 || at < endOfOptions)) {
                throw new ParameterException(spec.commandLine(), Printable.brief(w) + " is not an option of parley "
                        + "search; to search for it, put -- before the words: parley search -- " + Printable.brief(w));
            }
        }
    }

    /** A sentence pasted whole is searched by its first words: says so, as the app's Search tab does. */
    private static void sayWordsLeftOut(PrintWriter out, String text) {
        int left = ParleyStore.searchWordsLeftOut(text);
        if (left > 0) {
            out.printf("(only the first %d of its %d words were searched)%n", ParleyStore.SEARCHED_WORDS_AT_MOST,
                    ParleyStore.SEARCHED_WORDS_AT_MOST + left);
        }
    }

    @Override
    public Integer call() throws DatasetException {
        Limits.atLeast(spec, "--limit", limit, 1);
        refuseMistypedOptions();
        String text = String.join(" ", words);
        if (text.isBlank()) {
            // "no match for """ and exit 0 read as a search made; nothing was asked.
            throw new ParameterException(spec.commandLine(), "TEXT is empty; give the words to search for, e.g. parley search Grushko.");
        }
        ParleyStore.searchProblem(text).ifPresent(problem -> {
            throw new ParameterException(spec.commandLine(), "TEXT: " + problem + ".");
        });
        try (Workspace ws = db.openSeeded()) {
            // Actors by name first, as in the app's Search tab; they count toward --limit.
            List<Actor> actors = ActorSearch.matching(ws.store().actors(), text);
            List<Actor> shownActors = actors.subList(0, Math.min(actors.size(), limit));
            List<SearchHit> hits = ws.store().search(text, limit - shownActors.size());
            // Then the events of the people the words name that no hit lists, as the Search tab lists them: all of a
            // person's whose names hold every word (decision 0141), those whose words hold the rest (decision 0158).
            List<Actor> named = ActorSearch.named(ws.store().actors(), text);
            Set<String> listedEvents = new HashSet<>();
            hits.forEach(h -> listedEvents.add(h.eventId()));
            List<TakingPart> fetched = ws.store().eventsOfPeopleNamed(named, text, limit);
            List<TakingPart> takingPart = fetched.stream().filter(t -> !listedEvents.contains(t.eventId())).toList();
            List<TakingPart> shownTakingPart = takingPart.subList(0,
                    Math.min(takingPart.size(), limit - shownActors.size() - hits.size()));
            var out = spec.commandLine().getOut();
            if (hits.isEmpty() && shownActors.isEmpty() && shownTakingPart.isEmpty()) {
                out.println("no match for \"" + Printable.brief(text) + "\"");
                sayWordsLeftOut(out, text);
                ws.store().searchSuggestion(text).ifPresent(better ->
                        out.println("did you mean \"" + Printable.brief(better) + "\"?"));
                return 0;
            }
            int n = 1;
            for (Actor a : shownActors) {
                String about = Printable.oneLine(ActorSearch.snippet(a, text));
                out.printf("%2d. %s — actor %s%n", n++, Printable.brief(a.name()), a.id());
                if (!about.isBlank()) {
                    out.printf("    %s%n", about);
                }
            }
            for (SearchHit h : hits) {
                String where = switch (h.kind()) {
                    case EVENT -> "event " + h.eventId();
                    case QUOTE -> "quote " + h.quoteId() + " (" + h.sourceId() + ", event " + h.eventId() + ")";
                    case PASSAGE -> "article " + h.sourceId()
                            + h.span().map(s -> " @" + s.start() + "–" + s.end()).orElse("");
                };
                out.printf("%2d. %s — %s%n    %s%n", n++, Printable.brief(h.label()), where,
                        Printable.oneLine(h.snippet().replace('\n', ' ')));
            }
            for (TakingPart t : shownTakingPart) {
                out.printf("%2d. %s — event %s%n    %s%n", n++, Printable.brief(t.title()), t.eventId(),
                        Printable.oneLine(ActorSearch.takingPart(t, named, text)));
            }
            sayWordsLeftOut(out, text);
            int listed = shownActors.size() + hits.size() + shownTakingPart.size();
            if (listed >= limit) {
                int matches = actors.size() + ws.store().searchCount(text)
                        + ws.store().countEventsOfPeopleNamedBeyond(named, text);
                if (matches > listed) {
                    out.println(matches > ParleyStore.RANKED_AT_MOST
                            ? String.format(Locale.ROOT, "(the first %,d of %,d matches, in the dataset's order: "
                                    + "too many to rank; add a word to narrow them, or --limit shows more)", listed, matches)
                            : String.format(Locale.ROOT, "(the best %,d of %,d matches; --limit shows more)",
                                    listed, matches));
                }
            }
        }
        return 0;
    }
}
