-- The first schema: one current dataset, its model tables, and the full-text index.
-- Every statement ends with ';' at the end of a line (the runner splits on that).
-- Lists keep their order through an "ord" column so the dataset reads back equal to what came in.
-- List tables are WITHOUT ROWID: their key (owner, ord) is the only order they are read in, and
-- one b-tree instead of two makes bulk imports markedly faster.

-- At most one row: the dataset currently held.
CREATE TABLE dataset (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    title        TEXT NOT NULL,
    description  TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    origin       TEXT NOT NULL CHECK (origin IN ('seed', 'user')),
    imported_at  TEXT NOT NULL
);

CREATE TABLE sources (
    id        TEXT PRIMARY KEY,
    ord       INTEGER NOT NULL,
    publisher TEXT NOT NULL,
    title     TEXT NOT NULL,
    published TEXT NOT NULL,
    dateline  TEXT NOT NULL,
    language  TEXT NOT NULL,
    file      TEXT NOT NULL,
    text      TEXT NOT NULL
);

CREATE TABLE actors (
    id          TEXT PRIMARY KEY,
    ord         INTEGER NOT NULL,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    grp         TEXT NOT NULL,
    affiliation TEXT NOT NULL,
    role        TEXT NOT NULL,
    note        TEXT NOT NULL
);

CREATE TABLE actor_aliases (
    actor_id TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    ord      INTEGER NOT NULL,
    alias    TEXT NOT NULL,
    PRIMARY KEY (actor_id, ord)
) WITHOUT ROWID;

CREATE TABLE places (
    id      TEXT PRIMARY KEY,
    ord     INTEGER NOT NULL,
    name    TEXT NOT NULL,
    lat     REAL NOT NULL,
    lon     REAL NOT NULL,
    kind    TEXT NOT NULL,
    country TEXT NOT NULL,
    note    TEXT NOT NULL
);

-- Time is kept three ways: the text at the precision's grain (what a person reads and edits),
-- the exact local start/end (so it reads back equal), and epoch millis (for range queries).
CREATE TABLE events (
    id           TEXT PRIMARY KEY,
    ord          INTEGER NOT NULL,
    title        TEXT NOT NULL,
    summary      TEXT NOT NULL,
    start_text   TEXT NOT NULL,
    end_text     TEXT NOT NULL,
    precision    TEXT NOT NULL,
    zone         TEXT NOT NULL,
    start_local  TEXT NOT NULL,
    end_local    TEXT NOT NULL,
    start_millis INTEGER NOT NULL,
    end_millis   INTEGER NOT NULL,
    day_order    INTEGER NOT NULL,
    place_id     TEXT REFERENCES places (id),
    kind         TEXT NOT NULL,
    cameo        TEXT NOT NULL,
    track        TEXT NOT NULL,
    inferred     INTEGER NOT NULL CHECK (inferred IN (0, 1)),
    note         TEXT NOT NULL,
    CHECK (end_millis >= start_millis)
);
CREATE INDEX events_start ON events (start_millis);
CREATE INDEX events_end ON events (end_millis);
CREATE INDEX events_place ON events (place_id);

CREATE TABLE event_refers (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    ord      INTEGER NOT NULL,
    place_id TEXT NOT NULL REFERENCES places (id),
    PRIMARY KEY (event_id, ord)
) WITHOUT ROWID;
CREATE INDEX event_refers_place ON event_refers (place_id);

CREATE TABLE event_actors (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    ord      INTEGER NOT NULL,
    actor_id TEXT NOT NULL REFERENCES actors (id),
    role     TEXT NOT NULL,
    PRIMARY KEY (event_id, ord)
) WITHOUT ROWID;
CREATE INDEX event_actors_actor ON event_actors (actor_id);

CREATE TABLE evidence (
    event_id   TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    source_id  TEXT NOT NULL REFERENCES sources (id),
    text       TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    PRIMARY KEY (event_id, ord),
    CHECK (span_start >= 0 AND span_end >= span_start)
) WITHOUT ROWID;
CREATE INDEX evidence_source ON evidence (source_id);

CREATE TABLE quotes (
    id         TEXT PRIMARY KEY,
    ord        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    speaker_id TEXT NOT NULL REFERENCES actors (id),
    source_id  TEXT NOT NULL REFERENCES sources (id),
    event_id   TEXT NOT NULL REFERENCES events (id),
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    CHECK (span_start >= 0 AND span_end >= span_start)
);
CREATE INDEX quotes_event ON quotes (event_id);
CREATE INDEX quotes_speaker ON quotes (speaker_id);
CREATE INDEX quotes_source ON quotes (source_id);

CREATE TABLE divergences (
    id    TEXT PRIMARY KEY,
    ord   INTEGER NOT NULL,
    topic TEXT NOT NULL,
    note  TEXT NOT NULL
);

CREATE TABLE readings (
    divergence_id TEXT NOT NULL REFERENCES divergences (id) ON DELETE CASCADE,
    ord           INTEGER NOT NULL,
    source_id     TEXT NOT NULL REFERENCES sources (id),
    text          TEXT NOT NULL,
    span_start    INTEGER NOT NULL,
    span_end      INTEGER NOT NULL,
    PRIMARY KEY (divergence_id, ord),
    CHECK (span_start >= 0 AND span_end >= span_start)
) WITHOUT ROWID;
CREATE INDEX readings_source ON readings (source_id);

CREATE TABLE divergence_events (
    divergence_id TEXT NOT NULL REFERENCES divergences (id) ON DELETE CASCADE,
    ord           INTEGER NOT NULL,
    event_id      TEXT NOT NULL REFERENCES events (id),
    PRIMARY KEY (divergence_id, ord)
) WITHOUT ROWID;
CREATE INDEX divergence_events_event ON divergence_events (event_id);

-- One index over everything a reader searches. kind is EVENT, QUOTE or PASSAGE; the ids and the
-- span say what a hit points at; title and body are the searched text (title only for events).
CREATE VIRTUAL TABLE search_index USING fts5 (
    kind UNINDEXED,
    event_id UNINDEXED,
    quote_id UNINDEXED,
    source_id UNINDEXED,
    label UNINDEXED,
    span_start UNINDEXED,
    span_end UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);
