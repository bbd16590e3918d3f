-- Indexes that answer pages and reports but that no event handler's statement uses. A rebuild
-- builds these once every event is replayed, in one pass over each table, rather than row by row
-- as it replays (RebuildBeside reads this comment). An index a handler's statement needs, to find
-- the rows it changes, must never be marked so: a replay without it would scan whole tables.
COMMENT ON INDEX event_log_recorded_at IS 'answers reads only';
COMMENT ON INDEX event_log_effective_date IS 'answers reads only';
COMMENT ON INDEX event_log_global_position IS 'answers reads only';
COMMENT ON INDEX child_home_during IS 'answers reads only';
COMMENT ON INDEX child_home_moves IS 'answers reads only';
COMMENT ON INDEX child_home_home IS 'answers reads only';
COMMENT ON INDEX care_status_during IS 'answers reads only';
COMMENT ON INDEX brothers_and_sisters_during IS 'answers reads only';
COMMENT ON INDEX allocation_during IS 'answers reads only';
COMMENT ON INDEX allocation_worker IS 'answers reads only';
COMMENT ON INDEX family_time_session_date IS 'answers reads only';
COMMENT ON INDEX child_date_of_birth IS 'answers reads only';
COMMENT ON INDEX separation_status IS 'answers reads only';
COMMENT ON INDEX separation_decision_event IS 'answers reads only';
COMMENT ON INDEX exclusion_counted_on IS 'answers reads only';
COMMENT ON INDEX physical_intervention_on_date IS 'answers reads only';
COMMENT ON INDEX child_reference_found_by IS 'answers reads only';
