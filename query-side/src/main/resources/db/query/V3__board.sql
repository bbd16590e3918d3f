-- Exclusions, formal and informal. counted_on is the day a formal one was proposed, or the day
-- an informal one happened: the period it counts in. source_event is the event that created
-- it, which a correction (record_in_error) may mark as recorded in error.
CREATE TABLE exclusion (
    id            UUID PRIMARY KEY,
    source_event  VARCHAR(255) NOT NULL,
    child_id      UUID         NOT NULL,
    formal        BOOLEAN      NOT NULL,
    school        TEXT         NOT NULL,
    start_date    DATE         NOT NULL,
    days          INTEGER      NOT NULL,
    reason        TEXT,
    status        TEXT         NOT NULL,
    counted_on    DATE         NOT NULL,
    proposed_by   TEXT,
    proposed_role TEXT,
    proposed_at   TIMESTAMPTZ  NOT NULL,
    decided_at    TIMESTAMPTZ
);
CREATE INDEX exclusion_counted_on ON exclusion (counted_on);
CREATE INDEX exclusion_status ON exclusion (status);

-- Each head's approval or refusal of an exclusion.
CREATE TABLE exclusion_decision (
    event_id     VARCHAR(255) PRIMARY KEY,
    exclusion_id UUID        NOT NULL,
    decided_by   TEXT,
    role         TEXT,
    decision     TEXT        NOT NULL,
    comment      TEXT,
    decided_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX exclusion_decision_exclusion ON exclusion_decision (exclusion_id);

CREATE TABLE physical_intervention (
    id            UUID PRIMARY KEY,
    source_event  VARCHAR(255) NOT NULL,
    child_id      UUID         NOT NULL,
    on_date       DATE         NOT NULL,
    setting       TEXT         NOT NULL,
    what_happened TEXT,
    follow_up     TEXT
);
CREATE INDEX physical_intervention_on_date ON physical_intervention (on_date);

-- A stay in secure care holds from admitted_on and not on discharged_on.
CREATE TABLE secure_stay (
    id              UUID PRIMARY KEY,
    source_event    VARCHAR(255) NOT NULL,
    child_id        UUID         NOT NULL,
    admitted_on     DATE         NOT NULL,
    discharged_on   DATE,
    discharge_event VARCHAR(255)
);

CREATE TABLE permanence_plan (
    id           UUID PRIMARY KEY,
    source_event VARCHAR(255) NOT NULL,
    child_id     UUID         NOT NULL,
    kind         TEXT         NOT NULL,
    agreed_on    DATE         NOT NULL
);
CREATE INDEX permanence_plan_child ON permanence_plan (child_id);

-- Events marked as recorded in error, for the reports and the audit (read model "board-records").
CREATE TABLE record_in_error (
    event_id         VARCHAR(255) PRIMARY KEY,
    correction_event VARCHAR(255) NOT NULL,
    reason           TEXT
);

-- The same for the children read model, which recomputes a child's episodes and homes without
-- them; kept apart so that each read model rebuilds on its own.
CREATE TABLE child_event_in_error (
    event_id VARCHAR(255) PRIMARY KEY,
    child_id UUID         NOT NULL
);
CREATE INDEX child_event_in_error_child ON child_event_in_error (child_id);

-- Who looked at a child's record, history, audit or subject-access export. Not a read model:
-- it is written as people look, and no rebuild empties it.
CREATE TABLE access_log (
    id        BIGSERIAL PRIMARY KEY,
    child_id  UUID        NOT NULL,
    viewer    TEXT        NOT NULL,
    role      TEXT,
    viewed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    what      TEXT        NOT NULL
);
CREATE INDEX access_log_child ON access_log (child_id, viewed_at);
