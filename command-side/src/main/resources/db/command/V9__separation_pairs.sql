-- The pairs of children a separation request names as living apart (SeparationPairsNamed), each
-- pair once (read either way round). A separation with no rows here covers every pair of its
-- children, as every separation requested before pairs could be named does.
CREATE TABLE separation_pair (
    separation_id  UUID NOT NULL,
    child_id       UUID NOT NULL,
    other_child_id UUID NOT NULL,
    PRIMARY KEY (separation_id, child_id, other_child_id)
);
