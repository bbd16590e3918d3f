-- Axon's tracking tokens live beside the tables they describe, so each update of a read
-- model and its token commit together.
CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    timestamp      VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);

CREATE TABLE child (
    id            UUID PRIMARY KEY,
    given_name    TEXT NOT NULL,
    family_name   TEXT NOT NULL,
    date_of_birth DATE NOT NULL,
    pseudonym     TEXT NOT NULL UNIQUE,
    registered_on DATE NOT NULL
);

CREATE TABLE home (
    id               UUID PRIMARY KEY,
    name             TEXT    NOT NULL,
    kind             TEXT    NOT NULL,
    within_authority BOOLEAN NOT NULL
);

CREATE TABLE episode (
    id         UUID PRIMARY KEY,
    child_id   UUID NOT NULL,
    start_date DATE NOT NULL,
    end_date   DATE,
    end_reason TEXT
);
CREATE INDEX episode_child ON episode (child_id);

-- A child's category of care as date ranges: holds from from_date, not on to_date (null: still).
CREATE TABLE care_status (
    child_id   UUID NOT NULL,
    episode_id UUID NOT NULL,
    category   TEXT NOT NULL,
    from_date  DATE NOT NULL,
    to_date    DATE,
    during     DATERANGE GENERATED ALWAYS AS (daterange(from_date, to_date, '[)')) STORED,
    PRIMARY KEY (episode_id, from_date)
);
CREATE INDEX care_status_child ON care_status (child_id);
CREATE INDEX care_status_during ON care_status USING gist (during);

-- Where each child lives, as date ranges. move_number 0 is the first home of an episode;
-- every later home of the episode is a move.
CREATE TABLE child_home (
    child_id        UUID    NOT NULL,
    episode_id      UUID    NOT NULL,
    home_id         UUID    NOT NULL,
    from_date       DATE    NOT NULL,
    to_date         DATE,
    move_number     INTEGER NOT NULL,
    previous_ending TEXT,
    during          DATERANGE GENERATED ALWAYS AS (daterange(from_date, to_date, '[)')) STORED,
    PRIMARY KEY (child_id, from_date)
);
CREATE INDEX child_home_during ON child_home USING gist (during);
CREATE INDEX child_home_moves ON child_home (from_date) WHERE move_number > 0;

-- Every event, for the history and audit: payload kept as JSON, described in plain words when read.
CREATE TABLE event_log (
    event_id       VARCHAR(255) PRIMARY KEY,
    position       BIGSERIAL    NOT NULL UNIQUE,
    event_type     TEXT         NOT NULL,
    payload        JSONB        NOT NULL,
    effective_date DATE,
    recorded_at    TIMESTAMPTZ  NOT NULL,
    recorded_by    TEXT,
    role           TEXT
);
CREATE INDEX event_log_recorded_at ON event_log (recorded_at);
CREATE INDEX event_log_effective_date ON event_log (effective_date);

CREATE TABLE event_child (
    event_id VARCHAR(255) NOT NULL REFERENCES event_log (event_id),
    child_id UUID         NOT NULL,
    PRIMARY KEY (child_id, event_id)
);

CREATE TABLE user_account (
    username      VARCHAR(200) PRIMARY KEY,
    display_name  TEXT NOT NULL,
    roles         TEXT NOT NULL,
    password_hash TEXT NOT NULL
);
