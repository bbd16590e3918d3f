-- A hash of the whole request each key answered (method, address, canonical body), so that a
-- key sent again with any other request is refused rather than answered with the first result.
-- Rows from before have none and are compared by kind of command only.
ALTER TABLE idempotent_answer ADD COLUMN request_fingerprint VARCHAR(64);
