-- Start-up and time-window lookups at scale.
-- Every statement ends with ';' at the end of a line (the runner splits on that).

-- Which seed bundle (the SHA-256 of its bytes) the stored seeds came from: a start-up compares it
-- with the bundle it ships instead of reading and checking the bundle again. NULL after any other
-- import.
ALTER TABLE dataset ADD COLUMN bundle_fingerprint TEXT;

-- Each event's time as an interval in an R*Tree (id = the event's rowid), so the events that
-- overlap a window are found by a lookup: an index on start or end alone still has to scan every
-- event that started before the window's end.
CREATE VIRTUAL TABLE event_spans USING rtree (id, start_millis, end_millis);
INSERT INTO event_spans (id, start_millis, end_millis) SELECT rowid, start_millis, end_millis FROM events;
