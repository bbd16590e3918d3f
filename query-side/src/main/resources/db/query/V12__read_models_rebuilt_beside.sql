-- A rebuild fills a schema beside this one (query_next) and, once every read model has taken in
-- every event, its tables take the place of these in one transaction. One row says whether a
-- rebuild is under way, which every query side reads (processors write to the schema named here).
CREATE TABLE read_model_rebuild (
    only_row   BOOLEAN     PRIMARY KEY DEFAULT true CHECK (only_row),
    -- the schema being filled, null when no rebuild is under way
    building   TEXT,
    -- false until every processor has been reset, so the switch cannot come before the replay starts
    replaying  BOOLEAN     NOT NULL DEFAULT false,
    started_at TIMESTAMPTZ,
    -- the newest event when the rebuild started: the rebuild is complete past it
    newest_at_start BIGINT,
    switched_at TIMESTAMPTZ
);
INSERT INTO read_model_rebuild DEFAULT VALUES;
