-- The dataset's declared focus period and display zone (exchange format "focus" and "zone").
-- NULL when the dataset declares none: the model then derives them from the events.
ALTER TABLE dataset ADD COLUMN focus_from TEXT;
ALTER TABLE dataset ADD COLUMN focus_to TEXT;
ALTER TABLE dataset ADD COLUMN zone TEXT;
