-- Statements that read the current dataset back. Named by "-- name:" lines, as in write.sql.

-- name: info
SELECT title, description, content_hash, origin, imported_at, focus_from, focus_to, zone FROM dataset WHERE id = 1;

-- name: sources
SELECT id, publisher, title, published, dateline, language, file, text, url FROM sources ORDER BY ord;

-- name: source_parts
SELECT source_id, kind, text, span_start, span_end FROM source_parts ORDER BY source_id, ord;

-- name: actors
SELECT id, name, kind, grp, affiliation, role, note FROM actors ORDER BY ord;

-- name: aliases
SELECT actor_id, alias FROM actor_aliases ORDER BY actor_id, ord;

-- name: places
SELECT id, name, lat, lon, kind, country, note, within FROM places ORDER BY ord;

-- Rowid order is dataset order: the writer gives each event rowid ord + 1. The reader checks the
-- ords all the same, since a sort by ord here took a third of a large dataset's load.
-- name: events
SELECT id, title, summary, precision, zone, start_local, end_local, day_order, place_id, kind, cameo, track,
       inferred, note, modality, ord
FROM events ORDER BY rowid;

-- name: refers
SELECT event_id, place_id FROM event_refers ORDER BY event_id, ord;

-- name: participants
SELECT event_id, actor_id, role FROM event_actors ORDER BY event_id, ord;

-- name: evidence
SELECT event_id, source_id, text, span_start, span_end, attribution FROM evidence ORDER BY event_id, ord;

-- The rowids of the events whose span meets ?2..?1 (epoch millis: the window's start, then its end),
-- exactly: one range of the events_window index per class of length, 16^k ms wide (decision 0164).
-- Statements name it {window_rowids}. CROSS JOIN makes the classes the outer loop (SQLite keeps that
-- order), so each is one range, never a walk through the events; the unary + keeps the planner off the
-- index of end_millis, which would scan every later event.
-- name: window_rowids
SELECT w.rowid
FROM (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15), (16)) AS c
CROSS JOIN events w ON length(printf('%x', w.end_millis - w.start_millis)) = c.column1
  AND w.start_millis > ?2 - CASE WHEN c.column1 < 16 THEN 1 << (4 * c.column1) ELSE 9223372036854775807 END
  AND w.start_millis < ?1
WHERE +w.end_millis > ?2

-- The events a large dataset's first frame draws, read before the rest (decision 0100): those whose
-- span meets ?2..?1 (epoch millis), with their places, actors and evidence.
-- name: window_events
SELECT id, title, summary, precision, zone, start_local, end_local, day_order, place_id, kind, cameo, track,
       inferred, note, modality, ord
FROM events WHERE rowid IN ({window_rowids}) ORDER BY rowid;

-- name: window_refers
SELECT event_id, place_id FROM event_refers
WHERE event_id IN (SELECT id FROM events WHERE rowid IN ({window_rowids}))
ORDER BY event_id, ord;

-- name: window_participants
SELECT event_id, actor_id, role FROM event_actors
WHERE event_id IN (SELECT id FROM events WHERE rowid IN ({window_rowids}))
ORDER BY event_id, ord;

-- name: window_evidence
SELECT event_id, source_id, text, span_start, span_end, attribution FROM evidence
WHERE event_id IN (SELECT id FROM events WHERE rowid IN ({window_rowids}))
ORDER BY event_id, ord;

-- How many events, and how many of those with a precision in the JSON array ?1 start on each local
-- day (as an epoch day): what the densest week is found from without reading the events.
-- name: event_count
SELECT count(*) FROM events;

-- name: start_days
SELECT CAST(julianday(substr(start_local, 1, 10)) - 2440587.5 AS INTEGER) AS day, count(*) FROM events
WHERE precision IN (SELECT value FROM json_each(?1)) GROUP BY day ORDER BY day;

-- name: local_extent
SELECT min(start_local), max(end_local) FROM events;

-- name: quotes
SELECT id, text, speaker_id, source_id, event_id, span_start, span_end FROM quotes ORDER BY ord;

-- name: divergences
SELECT id, topic, note FROM divergences ORDER BY ord;

-- name: readings
SELECT divergence_id, source_id, text, span_start, span_end FROM readings ORDER BY divergence_id, ord;

-- name: divergence_events
SELECT divergence_id, event_id FROM divergence_events ORDER BY divergence_id, ord;

-- name: positions
SELECT id, title, kind, by_id FROM positions ORDER BY ord;

-- name: position_evidence
SELECT position_id, stance_ord, source_id, text, span_start, span_end, attribution
FROM position_evidence ORDER BY position_id, stance_ord, ord;

-- name: stances
SELECT position_id, actor_id, stance FROM stances ORDER BY position_id, ord;

-- name: position_events
SELECT position_id, event_id FROM position_events ORDER BY position_id, ord;
-- name: bundle_fingerprint
SELECT bundle_fingerprint FROM dataset WHERE id = 1;

-- As a join, the planner walked events in time order and probed the window's lookup for each; the
-- subquery makes the lookup the driver.
-- name: events_between
SELECT e.id FROM events e
WHERE e.rowid IN ({window_rowids})
ORDER BY e.start_millis, e.ord;

-- name: count_dataset
SELECT count(*) FROM dataset;

-- Whether any dataset's rows are stored, its record or not: a database that lost only its
-- record still holds someone's data, and must not be taken for a new one.
-- name: holds_rows
SELECT EXISTS (SELECT 1 FROM dataset) OR EXISTS (SELECT 1 FROM sources) OR EXISTS (SELECT 1 FROM events)
    OR EXISTS (SELECT 1 FROM actors) OR EXISTS (SELECT 1 FROM places) OR EXISTS (SELECT 1 FROM quotes);

-- The earliest start and the latest last period, as the text a person reads.
-- name: date_range
SELECT (SELECT start_text FROM events ORDER BY start_millis, ord LIMIT 1),
       (SELECT CASE WHEN end_text = '' THEN start_text ELSE end_text END
        FROM events ORDER BY end_millis DESC, ord LIMIT 1);

-- name: source_summaries
SELECT id, publisher, title FROM sources ORDER BY ord;

-- The events held at or about the places ?4 (a JSON array of ids, or NULL) and those the actors ?5 (the same)
-- take part in or are quoted at: what words after NOT leave out beside the events whose entries hold them
-- (decision 0165). Statements name it {not_left_out_events}; LeftOutByNot reads it for Java, an event there more than once.
-- name: not_left_out_events
SELECT id AS event_id FROM events WHERE place_id IN (SELECT value FROM json_each(?4))
UNION ALL {not_linked_events}

-- Those of them not by where they are held: about the places ?4, or with the people ?5.
-- name: not_linked_events
SELECT event_id FROM event_refers WHERE place_id IN (SELECT value FROM json_each(?4))
UNION ALL SELECT event_id FROM event_actors WHERE actor_id IN (SELECT value FROM json_each(?5))
UNION ALL SELECT event_id FROM quotes WHERE speaker_id IN (SELECT value FROM json_each(?5)) AND event_id IS NOT NULL

-- The same in one row: the ids joined by line breaks, and how many there are (a row each costs a crossing into
-- SQLite and back; LeftOutByNot reads them one by one only when the two disagree, an id holding a line break).
-- name: not_left_out_events_joined
SELECT group_concat(event_id, char(10)), count(*) FROM ({not_left_out_events})

-- For Searcher, which tests each match's event as a bit by its rowid (SearchEntryEvents gives each entry's event's):
-- the events held at the places ?4 by their rowids, from the index of places alone, joined by commas. Their ids are
-- read from the events' table itself, a page each: 100,000 events left out by a place's name cost 250 ms that way,
-- their rowids 15 ms. Rowids below 1 are left out, as in SearchEntryEvents (the writer's are ord + 1).
-- name: not_held_event_rows
SELECT group_concat(rowid) FROM events
WHERE place_id IN (SELECT value FROM json_each(?4)) AND rowid >= 1 AND rowid <= 2147483647

-- The rest, {not_linked_events}, by their ids, as "not_left_out_events_joined": each id's rowid looked up in SQLite
-- cost 1.3 µs a row (5 ms more for the 4,106 events of 40 people named Weber); Java looks them up in
-- SearchEntryEvents.
-- name: not_linked_events_joined
SELECT group_concat(event_id, char(10)), count(*) FROM ({not_linked_events})

-- Every event's rowid by its id: SearchEntryEvents numbers each entry's event by it.
-- name: event_rows
SELECT id, rowid FROM events

-- bm25 weights follow the column order: the seven UNINDEXED columns, then title (counts double), body.
-- Markers «» enclose each matched term in the snippet; … marks text left out.
-- A search with words after NOT (FtsQuery.excluded) leaves out whole events: the entries of an event any entry of
-- which (its title and summary, a quote at it) holds one, and of the events held at or about the places, or with the
-- people, those words name ({not_left_out_events}, LeftOutByNot). Searcher chooses its matches in Java by "search_ranked"
-- or "search_unranked_ids", each match's event looked up in SearchEntryEvents (decision 0169): tested here, each
-- match's event was read from the index's content, 2-3 µs a match and as much for each match of the words after
-- NOT (80 ms for "pipeline NOT Weber" at 100,000 events). The statements below see no NOT words.
-- name: search
SELECT kind, event_id, quote_id, source_id, label, span_start, span_end,
       snippet(search_index, -1, '«', '»', '…', 16) AS snip,
       bm25(search_index, 0, 0, 0, 0, 0, 0, 0, 2.0, 1.0) AS score
FROM search_index
WHERE search_index MATCH ?1
ORDER BY score
LIMIT ?2;

-- Every match's rowid, best first, without snippets: chosen from in Java when filters hide events, each row's
-- event looked up in SearchEntryEvents rather than read from the index's content (2-3 µs a match, decision 0149).
-- name: search_ranked
SELECT rowid FROM search_index WHERE search_index MATCH ?1
ORDER BY bm25(search_index, 0, 0, 0, 0, 0, 0, 0, 2.0, 1.0);

-- The rows chosen (a JSON array of rowids, all within ?3 to ?4), as "search" gives them. The unary + keeps the
-- IN list from the index, which would run the query once per rowid, counting every match of each word anew for
-- bm25 (2.2 s for 400 rows of a word in every title at 100,000 events); the range bounds the one walk instead.
-- name: search_chosen
SELECT kind, event_id, quote_id, source_id, label, span_start, span_end,
       snippet(search_index, -1, '«', '»', '…', 16) AS snip,
       bm25(search_index, 0, 0, 0, 0, 0, 0, 0, 2.0, 1.0) AS score
FROM search_index
WHERE search_index MATCH ?1 AND rowid >= ?3 AND rowid <= ?4 AND +rowid IN (SELECT value FROM json_each(?2))
ORDER BY score;

-- More matches than this query ranks: a row exists past the limit (the limit bound as the offset). The
-- entries NOT leaves out with their events are counted too: this bounds the work, which reads them all.
-- name: search_more_than
SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 1 OFFSET ?;

-- As "search", for a query with too many matches to rank: the first in the index's order (events in
-- the dataset's order, then quotes, then the articles' passages).
-- No bm25: its first call counts every match of every word for their weights (55-75 ms for a word in every
-- title at 100,000 events, where the rest takes 1 ms), and an unranked list has no score to show.
-- name: search_unranked
SELECT kind, event_id, quote_id, source_id, label, span_start, span_end,
       snippet(search_index, -1, '«', '»', '…', 16) AS snip,
       0.0 AS score
FROM search_index
WHERE search_index MATCH ?1
ORDER BY rowid
LIMIT ?2;

-- As "search_ranked", in the index's order.
-- name: search_unranked_ids
SELECT rowid FROM search_index WHERE search_index MATCH ?1 ORDER BY rowid;

-- As "search_chosen", in the index's order, unscored as "search_unranked".
-- name: search_chosen_unranked
SELECT kind, event_id, quote_id, source_id, label, span_start, span_end,
       snippet(search_index, -1, '«', '»', '…', 16) AS snip,
       0.0 AS score
FROM search_index
WHERE search_index MATCH ?1 AND rowid >= ?3 AND rowid <= ?4 AND +rowid IN (SELECT value FROM json_each(?2))
ORDER BY rowid;

-- The matches of the words a search leaves out with NOT (FtsQuery.excluded), whose events it leaves out.
-- name: search_left_out_ids
SELECT rowid FROM search_index WHERE search_index MATCH ?1;

-- Which of the entries ?2 (a JSON array of rowids: a person's events' entries) FTS5 query ?1 matches (decision 0158).
-- Two ways, as measured at 100,000 events (load 12): seeking each rowid costs some 35 µs (FTS5 starts the query
-- afresh for each), whatever the word; reading the word's matches inside SQLite and keeping those listed costs
-- 0.07 µs a match, 14 ms for "report" in all 210,000 entries, below 1 ms for a word in a few thousand, and some
-- 1 µs an entry listed. Handing every match out through JDBC costs 0.3 µs each, 70 ms for "report": done only
-- while a word's matches are few beside the entries ("search_ids_at_most").
-- The first ?2 matches of FTS5 query ?1, to tell a word with few matches (read outright) from a common one.
-- name: search_ids_at_most
SELECT rowid FROM search_index WHERE search_index MATCH ?1 LIMIT ?2;

-- name: search_ids_among_seek
SELECT rowid FROM search_index WHERE search_index MATCH ?1 AND rowid IN (SELECT value FROM json_each(?2));

-- name: search_ids_among_scan
SELECT rowid FROM search_index WHERE search_index MATCH ?1 AND +rowid IN (SELECT value FROM json_each(?2));

-- The event of every entry of the index (SearchEntryEvents), and what says whether they may have changed since:
-- this connection's changes and other connections' commits.
-- name: search_entry_events
SELECT rowid, event_id FROM search_index;

-- name: search_entries_version
SELECT total_changes(), (SELECT data_version FROM pragma_data_version);

-- The events a search's matches belong to, all of them (export-data --search): reads every matching row.
-- name: search_event_ids
SELECT DISTINCT event_id FROM search_index
WHERE search_index MATCH ?1 AND event_id IS NOT NULL AND event_id <> '';

-- What the same query matches in all, listed or not: entries only, from the index alone (counting the
-- distinct events among them reads every matching row, 0.26 s for a word in 100,000 events).
-- name: search_count
SELECT count(*) FROM search_index WHERE search_index MATCH ?1;

-- The events the actors (a JSON array of ids) take part in: listed among its participants or quoted at it,
-- as Dataset.involves counts them; the first in time order, each with those actors' ids and their roles
-- there, one per line, id and role split by a tab (the role '' for a quote). Read when searched, through
-- the indexes on event_actors and quotes: the search index holds no entries for actors (decision 0141).
-- ?3, when not NULL, is an FTS query of the words the search leaves out with NOT: an event any entry of which
-- (its title and summary, a quote at it) holds one is left out, as the text's matches are (decision 0144), and
-- so is each event at or about the places ?4, or of the actors ?5, as in "search" (decision 0165).
-- Two plans, which ActorEvents chooses by "events_of_actors_estimate"; the roles are read for the events
-- chosen only. For an actor in few events, those events sorted (1.5 ms for 100 of 100,000 events, 54 ms
-- for 18,951 of them):
-- name: events_of_actors_few
WITH wanted(id) AS (SELECT value FROM json_each(?1)),
ids(event_id) AS MATERIALIZED (
    SELECT event_id FROM event_actors WHERE actor_id IN wanted
    UNION SELECT event_id FROM quotes WHERE speaker_id IN wanted
    EXCEPT SELECT event_id FROM search_index WHERE ?3 IS NOT NULL AND search_index MATCH ?3
    EXCEPT SELECT event_id FROM ({not_left_out_events})),
chosen AS MATERIALIZED (
    SELECT e.id, e.title, e.start_millis, e.day_order, e.ord FROM ids JOIN events e ON e.id = ids.event_id
    ORDER BY e.start_millis, e.day_order, e.ord
    LIMIT ?2)
SELECT e.id, e.title,
       (SELECT group_concat(p.actor_id || char(9) || p.role, char(10)) FROM (
            SELECT actor_id, role FROM event_actors WHERE event_id = e.id AND actor_id IN wanted
            UNION SELECT speaker_id AS actor_id, '' AS role FROM quotes WHERE event_id = e.id AND speaker_id IN wanted) p)
FROM chosen e
ORDER BY e.start_millis, e.day_order, e.ord;

-- For an actor in many events, the events walked in time order until enough are theirs (4 ms for the
-- first 200 of 18,951 in 100,000 events; over 200 ms for 57, walking them all). The unary + keeps each
-- step to the event's own few rows: by the index on the actor it probed once per actor searched for.
-- name: events_of_actors_many
WITH wanted(id) AS (SELECT value FROM json_each(?1)),
left_out(event_id) AS MATERIALIZED (
    SELECT event_id FROM search_index WHERE ?3 IS NOT NULL AND search_index MATCH ?3 AND event_id IS NOT NULL
    UNION ALL {not_left_out_events}),
chosen AS MATERIALIZED (
    -- Walked by the index on the start, which SQLite 3.54 otherwise leaves for a scan of every event and a sort.
    SELECT e.id, e.title, e.start_millis, e.day_order, e.ord FROM events e INDEXED BY events_start
    WHERE (EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id AND +a.actor_id IN wanted)
       OR EXISTS (SELECT 1 FROM quotes q WHERE q.event_id = e.id AND +q.speaker_id IN wanted))
      AND e.id NOT IN left_out
    ORDER BY e.start_millis, e.day_order, e.ord
    LIMIT ?2)
SELECT e.id, e.title,
       (SELECT group_concat(p.actor_id || char(9) || p.role, char(10)) FROM (
            SELECT actor_id, role FROM event_actors WHERE event_id = e.id AND actor_id IN wanted
            UNION SELECT speaker_id AS actor_id, '' AS role FROM quotes WHERE event_id = e.id AND speaker_id IN wanted) p)
FROM chosen e
ORDER BY e.start_millis, e.day_order, e.ord;

-- What chooses between them, from the indexes alone: the actors' places among participants (an event
-- with two of them counted twice) and about how many events there are.
-- name: events_of_actors_estimate
WITH wanted(id) AS (SELECT value FROM json_each(?1))
SELECT (SELECT count(*) FROM event_actors WHERE actor_id IN wanted), (SELECT coalesce(max(rowid), 0) FROM events);

-- How many events "events_of_actors_few" finds without its limit.
-- name: count_events_of_actors
WITH wanted(id) AS (SELECT value FROM json_each(?1))
SELECT count(*) FROM (
    SELECT event_id FROM event_actors WHERE actor_id IN wanted
    UNION SELECT event_id FROM quotes WHERE speaker_id IN wanted);

-- As "count_events_of_actors", leaving out the events a match of the FTS query ?2 belongs to, and those NOT
-- leaves out (?3 to ?5, as in "events_of_actors_few"): how many a search lists after its text's hits once all are
-- listed. Reads every match's row: asked only when a list is full.
-- name: count_events_of_actors_beyond
WITH wanted(id) AS (SELECT value FROM json_each(?1))
SELECT count(*) FROM (
    SELECT event_id FROM event_actors WHERE actor_id IN wanted
    UNION SELECT event_id FROM quotes WHERE speaker_id IN wanted
    EXCEPT SELECT event_id FROM search_index WHERE search_index MATCH ?2
    EXCEPT SELECT event_id FROM search_index WHERE ?3 IS NOT NULL AND search_index MATCH ?3
    EXCEPT SELECT event_id FROM ({not_left_out_events}));

-- Every event in the order "events_chosen_taking_part" lists them, and every actor with the events they take part
-- in or are quoted at, as "count_events_of_actors" counts them: kept in memory by ActorEventsInTimeOrder, for a
-- search whose other words are then looked for in those events' words (decision 0158).
-- name: event_ids_in_time_order
SELECT id FROM events ORDER BY start_millis, day_order, ord;

-- name: actor_events
SELECT actor_id, event_id FROM event_actors
UNION ALL SELECT speaker_id, event_id FROM quotes WHERE speaker_id IS NOT NULL AND event_id IS NOT NULL;

-- The places, each with the one it lies within: a word of a search found in a place's name finds the events there
-- and at the places within it (decision 0158).
-- name: place_names
SELECT id, name, within FROM places;

-- Those of the events ?2 (a JSON array of ids) at the places ?1 (the same) or that refer to one: read by the events'
-- own rows, as many as a person's events, not by all the events at the places.
-- name: event_ids_at_places
WITH at(id) AS (SELECT value FROM json_each(?1)), among(id) AS (SELECT value FROM json_each(?2))
SELECT id FROM events WHERE id IN among AND place_id IN at
UNION SELECT event_id FROM event_refers WHERE event_id IN among AND place_id IN at;

-- The events chosen (a JSON array of ids, ?1), the first ?3 in time order, each with those of the actors (?2) who
-- take part and their roles, as "events_of_actors_few" gives them.
-- name: events_chosen_taking_part
WITH wanted(id) AS (SELECT value FROM json_each(?2)),
chosen AS MATERIALIZED (
    SELECT e.id, e.title, e.start_millis, e.day_order, e.ord FROM events e
    WHERE e.id IN (SELECT value FROM json_each(?1))
    ORDER BY e.start_millis, e.day_order, e.ord
    LIMIT ?3)
SELECT e.id, e.title,
       (SELECT group_concat(p.actor_id || char(9) || p.role, char(10)) FROM (
            SELECT actor_id, role FROM event_actors WHERE event_id = e.id AND actor_id IN wanted
            UNION SELECT speaker_id AS actor_id, '' AS role FROM quotes WHERE event_id = e.id AND speaker_id IN wanted) p)
FROM chosen e
ORDER BY e.start_millis, e.day_order, e.ord;

-- Rows per table, in schema order.
-- name: row_counts
SELECT 'sources', count(*) FROM sources
UNION ALL SELECT 'actors', count(*) FROM actors
UNION ALL SELECT 'actor_aliases', count(*) FROM actor_aliases
UNION ALL SELECT 'places', count(*) FROM places
UNION ALL SELECT 'events', count(*) FROM events
UNION ALL SELECT 'event_refers', count(*) FROM event_refers
UNION ALL SELECT 'event_actors', count(*) FROM event_actors
UNION ALL SELECT 'evidence', count(*) FROM evidence
UNION ALL SELECT 'quotes', count(*) FROM quotes
UNION ALL SELECT 'divergences', count(*) FROM divergences
UNION ALL SELECT 'readings', count(*) FROM readings
UNION ALL SELECT 'divergence_events', count(*) FROM divergence_events
UNION ALL SELECT 'source_parts', count(*) FROM source_parts
UNION ALL SELECT 'positions', count(*) FROM positions
UNION ALL SELECT 'position_evidence', count(*) FROM position_evidence
UNION ALL SELECT 'stances', count(*) FROM stances
UNION ALL SELECT 'position_events', count(*) FROM position_events
UNION ALL SELECT 'search_index', count(*) FROM search_index;
