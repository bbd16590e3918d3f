-- A home's own page: who lives in one home on a day.
CREATE INDEX child_home_home ON child_home (home_id);
