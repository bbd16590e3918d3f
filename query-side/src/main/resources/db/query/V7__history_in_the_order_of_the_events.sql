-- History and audit are read in the order of the event store itself: each event's global
-- position, taken from the processor's tracking token, with the event's id to break a tie (an
-- upcaster may make several events of one stored event). The serial number this replaces was
-- filled in whatever order the read model's segments happened to insert, which a rebuild did
-- not repeat.
ALTER TABLE event_log DROP COLUMN position;
ALTER TABLE event_log ADD COLUMN global_position BIGINT;
CREATE INDEX event_log_global_position ON event_log (global_position, event_id);

-- What is there has no global position: the read model is emptied and its processor starts
-- again from the first event, as a rebuild of it would (a processor without a token starts
-- from the first event).
TRUNCATE event_child, event_log;
ALTER TABLE event_log ALTER COLUMN global_position SET NOT NULL;
DELETE FROM token_entry WHERE processor_name = 'event-log';
