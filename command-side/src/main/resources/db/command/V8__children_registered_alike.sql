-- A registration that asks first looks for children already registered with the same name and
-- date of birth (PeopleInStore): found by the date, then the names in any case.
CREATE INDEX child_on_record_alike ON child_on_record (date_of_birth, lower(family_name), lower(given_name));
