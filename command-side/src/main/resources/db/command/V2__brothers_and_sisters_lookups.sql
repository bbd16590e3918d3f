-- Look-ups for the separation rule, kept in the same transaction as the events (see SeparationRule).
CREATE TABLE child_on_record (
    child_id      UUID PRIMARY KEY,
    given_name    TEXT NOT NULL,
    family_name   TEXT NOT NULL,
    date_of_birth DATE NOT NULL
);

-- One row per relationship, either way round; holds from since, not from ended_on.
CREATE TABLE brothers_and_sisters (
    relationship_id UUID PRIMARY KEY,
    child_id        UUID NOT NULL,
    other_child_id  UUID NOT NULL,
    since           DATE NOT NULL,
    ended_on        DATE
);
CREATE INDEX brothers_and_sisters_child ON brothers_and_sisters (child_id);
CREATE INDEX brothers_and_sisters_other ON brothers_and_sisters (other_child_id);

-- Categories of care and homes as date ranges: hold from from_date, not on to_date (null: still).
CREATE TABLE care_range (
    child_id   UUID NOT NULL,
    episode_id UUID NOT NULL,
    category   TEXT NOT NULL,
    from_date  DATE NOT NULL,
    to_date    DATE,
    PRIMARY KEY (episode_id, from_date)
);
CREATE INDEX care_range_child ON care_range (child_id);

CREATE TABLE home_range (
    child_id   UUID NOT NULL,
    episode_id UUID NOT NULL,
    home_id    UUID NOT NULL,
    from_date  DATE NOT NULL,
    to_date    DATE,
    PRIMARY KEY (child_id, from_date)
);
CREATE INDEX home_range_episode ON home_range (episode_id);

-- Approved separations, one row per child listed: cover from decided_on, not from ended_on.
CREATE TABLE approved_separation (
    separation_id UUID NOT NULL,
    child_id      UUID NOT NULL,
    decided_on    DATE NOT NULL,
    ended_on      DATE,
    PRIMARY KEY (separation_id, child_id)
);
CREATE INDEX approved_separation_child ON approved_separation (child_id);
