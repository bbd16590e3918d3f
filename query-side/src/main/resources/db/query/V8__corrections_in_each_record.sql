-- A correction now lives in the stream of the record it corrects, and each read model applies
-- the record's standing events again (platform corrections): no read model keeps its own list
-- of events in error any more. query.record_in_error stays: the history tags what was corrected.
DROP TABLE child_event_in_error;
DROP TABLE separation_decision_in_error;
