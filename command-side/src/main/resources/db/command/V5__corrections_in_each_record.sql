-- Which record (aggregate) holds each event: where a correction of the event is decided.
CREATE TABLE recorded_event (
    event_id  VARCHAR(255) PRIMARY KEY,
    record_id VARCHAR(255) NOT NULL
);

-- A correction now lives in the stream of the record it corrects, which is loaded from its
-- standing events: the command side no longer keeps a list of the events in error.
DROP TABLE record_in_error;
