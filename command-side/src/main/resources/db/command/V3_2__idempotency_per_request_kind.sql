-- Which kind of command each key answered, so that a key reused for a different request is
-- refused rather than answered with another request's result.
ALTER TABLE idempotent_answer ADD COLUMN command_name VARCHAR(255);
