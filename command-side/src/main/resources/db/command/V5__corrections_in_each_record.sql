-- Which record (aggregate) holds each event: where a correction of the event is decided.
CREATE TABLE recorded_event (
    event_id  VARCHAR(255) PRIMARY KEY,
    record_id VARCHAR(255)
);

-- A correction now lives in the stream of the record it corrects, which is loaded from its
-- standing events: the command side no longer keeps a list of the events in error.
DROP TABLE record_in_error;

-- How far the look-ups have read the events (see Lookups): a serialised tracking token.
CREATE TABLE lookup_position (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    token_type VARCHAR(255),
    token      TEXT,
    position   BIGINT
);
INSERT INTO lookup_position (id) VALUES (1);
