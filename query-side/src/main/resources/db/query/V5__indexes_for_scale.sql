-- Look-ups by a column no index served: each was a scan of the whole table, which grows
-- with every child recorded.
-- Every move and every episode's end closes the episode's open home (CareTimeline).
CREATE INDEX child_home_episode ON child_home (episode_id);
-- The child's page: the family time plans, and the stays in secure care, of one child.
CREATE INDEX family_time_plan_child_child ON family_time_plan_child (child_id);
CREATE INDEX secure_stay_child ON secure_stay (child_id);
-- What happened at each plan's family time.
CREATE INDEX family_time_session_plan ON family_time_session (plan_id);
