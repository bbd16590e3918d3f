-- The log's order is the event store's order (its global index), not the order in which the
-- processor's parallel segments happened to write the rows.
ALTER TABLE event_log ALTER COLUMN position DROP DEFAULT;
