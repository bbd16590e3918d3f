-- Brothers and sisters: each relationship once, either way round; holds from since, not from
-- ended_on (null: still).
CREATE TABLE brothers_and_sisters (
    relationship_id UUID PRIMARY KEY,
    child_id        UUID NOT NULL,
    other_child_id  UUID NOT NULL,
    kind            TEXT NOT NULL,
    since           DATE NOT NULL,
    ended_on        DATE,
    during          DATERANGE GENERATED ALWAYS AS (daterange(since, ended_on, '[)')) STORED
);
CREATE INDEX brothers_and_sisters_child ON brothers_and_sisters (child_id);
CREATE INDEX brothers_and_sisters_other ON brothers_and_sisters (other_child_id);
CREATE INDEX brothers_and_sisters_during ON brothers_and_sisters USING gist (during);

-- Separations of brothers and sisters and the Head of Service's decisions.
CREATE TABLE separation (
    id               UUID PRIMARY KEY,
    status           TEXT NOT NULL,
    requested_by     TEXT,
    requested_on     DATE NOT NULL,
    assessment_kind  TEXT NOT NULL,
    assessed_on      DATE NOT NULL,
    reason           TEXT,
    decided_by       TEXT,
    decided_on       DATE,
    review_by        DATE,
    ended_on         DATE
);
CREATE INDEX separation_status ON separation (status);

CREATE TABLE separation_child (
    separation_id UUID NOT NULL REFERENCES separation (id),
    child_id      UUID NOT NULL,
    position      INTEGER NOT NULL,
    PRIMARY KEY (separation_id, child_id)
);
CREATE INDEX separation_child_child ON separation_child (child_id);

-- Family time: plans (holding from start_date, not from end_date) and what happened.
CREATE TABLE family_time_plan (
    id         UUID PRIMARY KEY,
    how_often  TEXT NOT NULL,
    with_whom  TEXT,
    start_date DATE NOT NULL,
    end_date   DATE
);

CREATE TABLE family_time_plan_child (
    plan_id  UUID NOT NULL REFERENCES family_time_plan (id),
    child_id UUID NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (plan_id, child_id)
);

CREATE TABLE family_time_session (
    session_id   UUID PRIMARY KEY,
    plan_id      UUID NOT NULL REFERENCES family_time_plan (id),
    session_date DATE NOT NULL,
    happened     BOOLEAN NOT NULL,
    why_not      TEXT
);
CREATE INDEX family_time_session_date ON family_time_session (session_date);
