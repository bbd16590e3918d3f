-- The references the council knows each child by (read model "children"): every one recorded and
-- standing, from its date; the one in use is the latest (by date, then by its place in the child's
-- record). A child is found by any of them.
CREATE TABLE child_reference (
    child_id  UUID   NOT NULL,
    sequence  BIGINT NOT NULL,
    reference TEXT   NOT NULL,
    from_date DATE   NOT NULL,
    PRIMARY KEY (child_id, sequence)
);
CREATE INDEX child_reference_found_by ON child_reference (upper(reference));
