-- Events marked as recorded in error, in step with the events (same transaction): one is never marked twice.
CREATE TABLE record_in_error (
    event_id      VARCHAR(255) PRIMARY KEY,
    correction_id UUID         NOT NULL
);
