-- Caseloads (read model "caseload"): each child's allocations to a worker in a team, as date
-- ranges that hold from from_date and not on to_date (null: still), one after another.
CREATE TABLE allocation (
    child_id  UUID NOT NULL,
    from_date DATE NOT NULL,
    to_date   DATE,
    worker    TEXT NOT NULL,
    team      TEXT NOT NULL,
    during    DATERANGE GENERATED ALWAYS AS (daterange(from_date, to_date, '[)')) STORED,
    PRIMARY KEY (child_id, from_date)
);
CREATE INDEX allocation_worker ON allocation (worker) WHERE to_date IS NULL;
CREATE INDEX allocation_during ON allocation USING gist (during);

-- The move each waiting separation request is for (the latest proposed for each child).
CREATE TABLE proposed_move (
    separation_id UUID NOT NULL,
    child_id      UUID NOT NULL,
    home_id       UUID NOT NULL,
    move_on       DATE NOT NULL,
    proposed_on   DATE NOT NULL,
    PRIMARY KEY (separation_id, child_id)
);

-- Finding a child by date of birth.
CREATE INDEX child_date_of_birth ON child (date_of_birth);
