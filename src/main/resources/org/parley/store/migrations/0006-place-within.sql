-- A place may lie within another (a venue in its city); '' when it lies in none.
ALTER TABLE places ADD COLUMN within TEXT NOT NULL DEFAULT '';
