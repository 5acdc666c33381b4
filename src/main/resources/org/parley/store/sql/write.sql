-- Statements that replace the current dataset. Each is named by a "-- name:" line; the text up to
-- the next name is the statement. Parameters are bound by position, never concatenated.

-- name: clear
DELETE FROM search_index;
DELETE FROM position_events;
DELETE FROM stances;
DELETE FROM position_evidence;
DELETE FROM positions;
DELETE FROM source_parts;
DELETE FROM divergence_events;
DELETE FROM readings;
DELETE FROM divergences;
DELETE FROM quotes;
DELETE FROM evidence;
DELETE FROM event_actors;
DELETE FROM event_refers;
DELETE FROM events;
DELETE FROM places;
DELETE FROM actor_aliases;
DELETE FROM actors;
DELETE FROM sources;
DELETE FROM dataset;

-- name: dataset
INSERT INTO dataset (id, title, description, content_hash, origin, imported_at, focus_from, focus_to, zone)
VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?);

-- name: source
INSERT INTO sources (id, ord, publisher, title, published, dateline, language, file, text, url)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- name: source_part
INSERT INTO source_parts (source_id, ord, kind, text, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?);

-- name: actor
INSERT INTO actors (id, ord, name, kind, grp, affiliation, role, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?);

-- name: alias
INSERT INTO actor_aliases (actor_id, ord, alias) VALUES (?, ?, ?);

-- name: place
INSERT INTO places (id, ord, name, lat, lon, kind, country, note, within) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- The rowid is given (the event's position + 1, what SQLite would give an emptied table) so a stretch
-- of events can go into the search index by rowid while the import still reads.
-- name: event
INSERT INTO events (rowid, id, ord, title, summary, start_text, end_text, precision, zone, start_local, end_local,
                    start_millis, end_millis, day_order, place_id, kind, cameo, track, inferred, note, modality)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- name: refer
INSERT INTO event_refers (event_id, ord, place_id) VALUES (?, ?, ?);

-- name: participant
INSERT INTO event_actors (event_id, ord, actor_id, role) VALUES (?, ?, ?, ?);

-- name: evidence
INSERT INTO evidence (event_id, ord, source_id, text, span_start, span_end, attribution) VALUES (?, ?, ?, ?, ?, ?, ?);

-- name: quote
INSERT INTO quotes (id, ord, text, speaker_id, source_id, event_id, span_start, span_end)
VALUES (?, ?, ?, ?, ?, ?, ?, ?);

-- name: divergence
INSERT INTO divergences (id, ord, topic, note) VALUES (?, ?, ?, ?);

-- name: reading
INSERT INTO readings (divergence_id, ord, source_id, text, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?);

-- name: divergence_event
INSERT INTO divergence_events (divergence_id, ord, event_id) VALUES (?, ?, ?);

-- name: position
INSERT INTO positions (id, ord, title, kind, by_id) VALUES (?, ?, ?, ?, ?);

-- name: position_evidence
INSERT INTO position_evidence (position_id, stance_ord, ord, source_id, text, span_start, span_end, attribution)
VALUES (?, ?, ?, ?, ?, ?, ?, ?);

-- name: stance
INSERT INTO stances (position_id, ord, actor_id, stance) VALUES (?, ?, ?, ?);

-- name: position_event
INSERT INTO position_events (position_id, ord, event_id) VALUES (?, ?, ?);

-- name: search_entry
INSERT INTO search_index (kind, event_id, quote_id, source_id, label, span_start, span_end, title, body)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- The entries of the stored events whose rowids are over the first and up to the second parameter,
-- in the dataset's order (rowid = ord + 1), then of every quote: copied inside SQLite once the rows
-- are in, rather than bound value by value through JDBC a second time. Events go a stretch at a time
-- while the import still reads, so the search index is not all left for the end.
-- name: search_events
INSERT INTO search_index (kind, event_id, quote_id, source_id, label, span_start, span_end, title, body)
SELECT 'EVENT', id, NULL, NULL, title, NULL, NULL, title, summary FROM events WHERE rowid > ? AND rowid <= ?
ORDER BY rowid;

-- The entries of every stored event in the dataset's order, for a search index built again over a
-- database whose rowids need not follow the order any more (a repair).
-- name: search_all_events
INSERT INTO search_index (kind, event_id, quote_id, source_id, label, span_start, span_end, title, body)
SELECT 'EVENT', id, NULL, NULL, title, NULL, NULL, title, summary FROM events ORDER BY ord;

-- A quote's label is its speaker's name, or the id when no such actor is stored.
-- name: search_quotes
INSERT INTO search_index (kind, event_id, quote_id, source_id, label, span_start, span_end, title, body)
SELECT 'QUOTE', q.event_id, q.id, q.source_id, COALESCE(a.name, q.speaker_id), q.span_start, q.span_end, '', q.text
FROM quotes q LEFT JOIN actors a ON a.id = q.speaker_id ORDER BY q.ord;

-- name: record_bundle_fingerprint
UPDATE dataset SET bundle_fingerprint = ? WHERE id = 1 AND origin = 'seed';

-- name: adopt_changed_data
-- Another program's sound edit kept: its hash recorded, and the data is the user's from now on (no seed refresh replaces it).
UPDATE dataset SET content_hash = ?, origin = 'user', bundle_fingerprint = NULL WHERE id = 1;
