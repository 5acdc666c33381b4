-- Issue 9: what of a source is not reporting, whom each evidence credits, what an event's
-- modality is as of the papers' date, and the positions board. Existing rows get the defaults:
-- no parts, plain reporting, "happened", no positions.

CREATE TABLE source_parts (
    source_id  TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    text       TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    PRIMARY KEY (source_id, ord),
    CHECK (span_start >= 0 AND span_end >= span_start)
) WITHOUT ROWID;

ALTER TABLE evidence ADD COLUMN attribution TEXT NOT NULL DEFAULT '';

ALTER TABLE events ADD COLUMN modality TEXT NOT NULL DEFAULT 'happened';

CREATE TABLE positions (
    id    TEXT PRIMARY KEY,
    ord   INTEGER NOT NULL,
    title TEXT NOT NULL,
    kind  TEXT NOT NULL,
    by_id TEXT NOT NULL REFERENCES actors (id)
);

-- Evidence of a position (stance_ord = -1) and of each stance (stance_ord = its index).
CREATE TABLE position_evidence (
    position_id TEXT NOT NULL REFERENCES positions (id) ON DELETE CASCADE,
    stance_ord  INTEGER NOT NULL,
    ord         INTEGER NOT NULL,
    source_id   TEXT NOT NULL REFERENCES sources (id),
    text        TEXT NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    attribution TEXT NOT NULL,
    PRIMARY KEY (position_id, stance_ord, ord),
    CHECK (span_start >= 0 AND span_end >= span_start)
) WITHOUT ROWID;

CREATE TABLE stances (
    position_id TEXT NOT NULL REFERENCES positions (id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    actor_id    TEXT NOT NULL REFERENCES actors (id),
    stance      TEXT NOT NULL,
    PRIMARY KEY (position_id, ord)
) WITHOUT ROWID;
CREATE INDEX stances_actor ON stances (actor_id);

CREATE TABLE position_events (
    position_id TEXT NOT NULL REFERENCES positions (id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    event_id    TEXT NOT NULL REFERENCES events (id),
    PRIMARY KEY (position_id, ord)
) WITHOUT ROWID;
CREATE INDEX position_events_event ON position_events (event_id);
