-- Marks the file as Parley's (PRAGMA application_id, "Prly"), so that Parley can tell its own
-- database from any other SQLite file before it writes anything, and leave others alone.
PRAGMA application_id = 1349676153;
