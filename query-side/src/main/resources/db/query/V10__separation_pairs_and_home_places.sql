-- The pairs a separation request names as living apart, each once (either way round: read both); none
-- here means the separation covers every pair of its children (as every one requested before pairs could be named).
CREATE TABLE separation_pair (
    separation_id  UUID NOT NULL,
    child_id       UUID NOT NULL,
    other_child_id UUID NOT NULL,
    PRIMARY KEY (separation_id, child_id, other_child_id)
);

-- How many children each home can take, and the ages it is approved for, from from_date until
-- the next record of the same home.
CREATE TABLE home_places (
    home_id      UUID    NOT NULL,
    from_date    DATE    NOT NULL,
    places       INTEGER NOT NULL,
    youngest_age INTEGER,
    oldest_age   INTEGER,
    PRIMARY KEY (home_id, from_date)
);
