-- Where a source was published, as its dataset gives it; '' when it gives none.
ALTER TABLE sources ADD COLUMN url TEXT NOT NULL DEFAULT '';
