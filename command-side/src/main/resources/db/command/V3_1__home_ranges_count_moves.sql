-- The look-up of homes keeps the same columns as the read model's (platform CareTimeline).
ALTER TABLE home_range ADD COLUMN move_number INTEGER NOT NULL DEFAULT 0;
ALTER TABLE home_range ADD COLUMN previous_ending TEXT;
