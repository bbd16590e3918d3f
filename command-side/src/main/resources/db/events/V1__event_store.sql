-- Axon's event store, one row an event. Payload and metadata are UTF-8 JSON (see readable_events).
-- The global index has a sequence of its own, so replays see as few gaps as possible.
CREATE TABLE domain_event_entry (
    global_index         BIGSERIAL    PRIMARY KEY,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    meta_data            BYTEA,
    payload              BYTEA        NOT NULL,
    payload_revision     VARCHAR(255),
    payload_type         VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255),
    UNIQUE (aggregate_identifier, sequence_number)
);

CREATE TABLE snapshot_event_entry (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    meta_data            BYTEA,
    payload              BYTEA        NOT NULL,
    payload_revision     VARCHAR(255),
    payload_type         VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    PRIMARY KEY (aggregate_identifier, sequence_number)
);

-- A child's record is kept for a century and corrected only by new events: the database
-- itself refuses to change or remove a recorded event, whatever the code does.
CREATE FUNCTION refuse_event_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'Recorded events are never changed or removed (% refused on %)', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'Correct a mistake by recording a new event that says so.';
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER domain_event_entry_is_append_only
    BEFORE UPDATE OR DELETE ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_event_change();

CREATE TRIGGER domain_event_entry_is_never_truncated
    BEFORE TRUNCATE ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_event_change();

-- The events as a person reads them: SELECT * FROM events.readable_events ORDER BY global_index;
CREATE VIEW readable_events AS
SELECT global_index,
       time_stamp                             AS recorded_at,
       payload_type,
       payload_revision,
       aggregate_identifier,
       sequence_number,
       convert_from(payload, 'UTF8')::jsonb   AS payload,
       convert_from(meta_data, 'UTF8')::jsonb AS meta_data
FROM domain_event_entry;
