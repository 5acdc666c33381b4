package org.parley.ui.search;

import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.Source;
import org.parley.model.Span;
import org.parley.store.ActorSearch;
import org.parley.store.ParleyStore;
import org.parley.store.SearchHit;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.state.SearchResults;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs full-text searches on the database thread and turns the store's hits into what the
 * explorer shows: hits to list, events to highlight, and exact word spans to mark in the articles;
 * actors whose names answer the search are listed first.
 */
public final class SearchService {

    // The store's notion of a word: letters and digits, with combining marks kept inside words.
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*");
    private static final int LIMIT = 200;
    private static final int ACTOR_LIMIT = 20;

    private final BackgroundThread db;
    private final ParleyStore store;

    public SearchService(BackgroundThread db, ParleyStore store) {
        this.db = db;
        this.store = store;
    }

    public CompletableFuture<SearchResults> search(String text, Dataset dataset) {
        if (text == null || text.isBlank()) {
            return CompletableFuture.completedFuture(SearchResults.NONE);
        }
        return db.submit(() -> {
            List<SearchHit> hits = store.search(text, LIMIT);
            // Counted only when the list is full: then it may be a part, and the views say so.
            int matches = hits.size() >= LIMIT ? store.searchCount(text) : hits.size();
            return toResults(text, hits, matches, dataset);
        });
    }

    static SearchResults toResults(String text, List<SearchHit> hits, Dataset dataset) {
        return toResults(text, hits, hits.size(), dataset);
    }

    static SearchResults toResults(String text, List<SearchHit> hits, int matches, Dataset dataset) {
        List<String> words = words(text);
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
                List<Span> exact = source == null ? List.of() : occurrences(source.text(), span, words);
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
        return new SearchResults(text, out, events, matches + actors.size());
    }

    static List<String> words(String text) {
        return ParleyStore.searchWords(text).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /** Where the searched words stand in a passage: whole words, the last one as a prefix, as FTS matched. */
    static List<Span> occurrences(String text, Span passage, List<String> words) {
        List<Span> spans = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(passage.start(), Math.min(passage.end(), text.length()));
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            for (int i = 0; i < words.size(); i++) {
                boolean last = i == words.size() - 1;
                if (w.equals(words.get(i)) || last && w.startsWith(words.get(i))) {
                    spans.add(new Span(m.start(), m.end()));
                    break;
                }
            }
        }
        return spans;
    }
}
