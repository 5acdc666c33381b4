package org.parley.ui.search;

import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Source;
import org.parley.model.Span;
import org.parley.store.ActorSearch;
import org.parley.store.ParleyStore;
import org.parley.store.SearchHit;
import org.parley.store.TakingPart;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.state.SearchResults;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Runs full-text searches on the database thread and turns the store's hits into what the
 * explorer shows: hits to list, events to highlight, and exact word spans to mark in the articles;
 * actors whose names answer the search are listed first.
 */
public final class SearchService {

    /** How many hits a search lists at first, and how many more each "Show more" adds. */
    public static final int PAGE = 200;
    private static final int ACTOR_LIMIT = 20;

    private final BackgroundThread db;
    private final ParleyStore store;

    /** The events the filters showed at the last search, and their ids; read and written on the database thread. */
    private record ShownIds(List<Event> shown, Set<String> ids) {
    }

    private ShownIds lastShown;

    public SearchService(BackgroundThread db, ParleyStore store) {
        this.db = db;
        this.store = store;
    }

    /**
     * The ids of {@code shown}, made again only when the filters have changed: each change gives the explorer a new
     * list, and every letter typed searches anew (the set of 50,000 ids took 25-42 ms to make, more than the search).
     */
    private Set<String> idsOf(List<Event> shown) {
        ShownIds last = lastShown;
        if (last == null || last.shown() != shown) {
            last = new ShownIds(shown, shown.stream().map(Event::id).collect(Collectors.toUnmodifiableSet()));
            lastShown = last;
        }
        return last.ids();
    }

    public CompletableFuture<SearchResults> search(String text, Dataset dataset) {
        return search(text, dataset, null);
    }

    /**
     * As {@link #search(String, Dataset)}; with {@code shown} (the events the filters show, or null
     * when none is hidden) the best hits of those are listed too, beside the best of all.
     */
    public CompletableFuture<SearchResults> search(String text, Dataset dataset, List<Event> shown) {
        return search(text, dataset, shown, PAGE);
    }

    /**
     * As {@link #search(String, Dataset, List)}, listing up to {@code limit} hits (a multiple of {@link #PAGE}):
     * "Show 200 more" asks again with a larger one, so a researcher can reach every match, not only the best 200.
     */
    public CompletableFuture<SearchResults> search(String text, Dataset dataset, List<Event> shown, int limit) {
        if (text == null || text.isBlank()) {
            return CompletableFuture.completedFuture(SearchResults.NONE);
        }
        return db.submit(() -> {
            Set<String> shownIds = shown == null ? null : idsOf(shown);
            List<SearchHit> hits = shownIds == null ? store.search(text, limit) : store.search(text, limit, shownIds::contains);
            // Counted only when the list is full: then it may be a part, and the views say so. With NOT that count
            // reads every match's event (0.26 s for 200,000 matches at 100,000 events): made by count() after the
            // list is shown, which meanwhile counts what it lists (decisions 0145, 0147).
            boolean full = hits.size() >= limit;
            boolean textLater = full && ParleyStore.searchLeavesOutEvents(text);
            int matches = full && !textLater ? store.searchCount(text) : hits.size();
            // While counting, the store says whether it ranked (1 ms): judged by the 200 listed, "report NOT Weber",
            // listed in the dataset's order, was "the best 200". Without NOT the count, made now, tells.
            boolean unranked = textLater && !store.searchRanks(text);
            // The events of the people the search names, read now from who takes part in what (decision 0141); when
            // their names hold only some of its words, those of their events whose words hold the rest (decision 0158).
            List<Actor> named = dataset == null ? List.of() : ActorSearch.named(dataset.actors(), text);
            List<TakingPart> takingPart = store.eventsOfPeopleNamed(named, text, limit);
            // Counted, as the text's matches, only when a list is full: those beyond the text's, once all are listed.
            // That count reads every match of the text (up to 0.16 s at 100,000 events): made by count() after the
            // list is shown, which meanwhile says what is known, the people's events listed (decision 0145).
            boolean peopleLater = !named.isEmpty() && (full || takingPart.size() >= limit);
            SearchResults found = toResults(text, hits, matches, dataset, takingPart, named,
                    peopleLater ? COUNT_LATER : -1, textLater, unranked);
            if (found.counting()) {
                pending = new Pending(found, peopleLater ? named : List.of(), textLater, actorsListed(dataset, text),
                        listedTakingPart(hits, takingPart));
            }
            if (!found.hits().isEmpty()) {
                return found;
            }
            return new SearchResults(text, List.of(), Set.of(), 0, store.searchSuggestion(text).orElse(""));
        });
    }

    /**
     * {@code partial} with the whole count, made on the database thread: the text's matches when NOT leaves out whole
     * events, and how many of the people's events no match of the text belongs to; each reads every match.
     * {@code partial} itself when it is no longer the last search made (a newer one is shown, or about to be: its
     * count would be wasted work before the next letter's search).
     */
    public CompletableFuture<SearchResults> count(SearchResults partial) {
        if (!partial.counting()) {
            return CompletableFuture.completedFuture(partial);
        }
        return db.submit(() -> {
            Pending p = pending;
            if (p == null || p.partial() != partial) {
                return partial;
            }
            pending = null;
            int known = partial.matches() - p.actors() - p.listedTakingPart();
            int text = p.textLater() ? store.searchCount(partial.query()) : known;
            int beyond = p.named().isEmpty() ? -1 : store.countEventsOfPeopleNamedBeyond(p.named(), partial.query());
            return partial.counted(text + p.actors() + Math.max(p.listedTakingPart(), beyond));
        });
    }

    /** How many actors a search lists first, whose names answer all of it: counted among its matches. */
    private static int actorsListed(Dataset dataset, String text) {
        return dataset == null ? 0 : ActorSearch.matching(dataset.actors(), text).size();
    }

    /** toResults' {@code beyond} when the count is made later, by {@link #count}. */
    static final int COUNT_LATER = -2;

    /**
     * The last search whose count is still to be made: the actors whose events beyond the text's are to be counted
     * (none when all are listed), whether the text's matches are, how many actors it lists and how many of their
     * events after the text's hits. Set and read on the database thread only.
     */
    private record Pending(SearchResults partial, List<Actor> named, boolean textLater, int actors,
                           int listedTakingPart) {
    }

    private Pending pending;

    /** How many of {@code takingPart} a list shows after the text's hits: those no hit's event is. */
    private static int listedTakingPart(List<SearchHit> hits, List<TakingPart> takingPart) {
        Set<String> events = hits.stream().map(SearchHit::eventId).collect(Collectors.toSet());
        return (int) takingPart.stream().map(TakingPart::eventId).distinct().filter(id -> !events.contains(id)).count();
    }

    static SearchResults toResults(String text, List<SearchHit> hits, Dataset dataset) {
        return toResults(text, hits, hits.size(), dataset);
    }

    static SearchResults toResults(String text, List<SearchHit> hits, int matches, Dataset dataset) {
        return toResults(text, hits, matches, dataset, List.of(), List.of(), -1, false, false);
    }

    /**
     * The actors the search names, its text's hits best first, then the events those actors take part in that no
     * hit listed, each said as the taking part of those of {@code named} in it (the people the search names, found
     * once per search: {@link ActorSearch#named} folds every actor's names): "Sherman" rang only the events whose
     * words name her, not the NATO–Russia meeting where she led the U.S. delegation. {@code beyond} counts those no match of the text
     * belongs to, listed or not; −1 when every one is in {@code takingPart}; {@link #COUNT_LATER} when not counted
     * yet: the results then count those listed and say the count is being made, as they do with {@code textLater},
     * when {@code matches} are only the hits listed. {@code unranked}: the hits are the first in the dataset's order.
     */
    static SearchResults toResults(String text, List<SearchHit> hits, int matches, Dataset dataset,
                                   List<TakingPart> takingPart, List<Actor> named, int beyond, boolean textLater,
                                   boolean unranked) {
        List<SearchResults.Hit> out = new ArrayList<>();
        Set<String> events = new LinkedHashSet<>();
        // Actors first: few, and a name typed in full ("Alexander Grushko") is rarely in any one text.
        List<Actor> actors = dataset == null ? List.of() : ActorSearch.matching(dataset.actors(), text);
        for (Actor a : actors.subList(0, Math.min(actors.size(), ACTOR_LIMIT))) {
            out.add(SearchResults.Hit.actor(a.id(), a.name(), ActorSearch.snippet(a, text)));
        }
        for (SearchHit h : hits) {
            if (!h.eventId().isEmpty()) {
                events.add(h.eventId());
            }
            String kind = h.kind().name().toLowerCase(Locale.ROOT);
            Span span = h.span().orElse(null);
            if (h.kind() == SearchHit.Kind.PASSAGE && span != null && dataset != null) {
                Source source = dataset.source(h.sourceId()).orElse(null);
                List<Span> exact = source == null ? List.of() : ParleyStore.searchedWordsIn(source.text(), span, text);
                Span first = exact.isEmpty() ? span : exact.get(0);
                out.add(new SearchResults.Hit(kind, h.label(), h.snippet(), h.eventId(), h.sourceId(),
                        first.start(), first.end()));
                for (int i = 1; i < exact.size(); i++) {
                    Span s = exact.get(i);
                    out.add(new SearchResults.Hit("match", h.label(), "", "", h.sourceId(), s.start(), s.end()));
                }
            } else {
                out.add(new SearchResults.Hit(kind, h.label(), h.snippet(), h.eventId(), h.sourceId(),
                        span == null ? -1 : span.start(), span == null ? -1 : span.end()));
            }
        }
        // After the text's hits: an event whose words name the person is found by its words, and ranked by them.
        int listed = 0;
        for (TakingPart t : takingPart) {
            if (events.add(t.eventId())) {
                out.add(new SearchResults.Hit("event", t.title(), ActorSearch.takingPart(t, named, text), t.eventId(),
                        "", -1, -1));
                listed++;
            }
        }
        return new SearchResults(text, out, events, matches + actors.size() + Math.max(listed, beyond), "",
                beyond == COUNT_LATER || textLater, unranked);
    }
}
