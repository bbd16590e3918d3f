-- Stays in secure care, kept in the same transaction as the events (see SecureStaysInStore):
-- a stay holds from admitted_on, not on discharged_on (null: still in secure care).
CREATE TABLE secure_stay (
    stay_id       UUID PRIMARY KEY,
    child_id      UUID NOT NULL,
    admitted_on   DATE NOT NULL,
    discharged_on DATE
);
CREATE INDEX secure_stay_child ON secure_stay (child_id);

-- The stays recorded before this look-up existed, from the event store (a subscribing processor does not replay).
DO $$
BEGIN
    IF to_regclass('events.domain_event_entry') IS NOT NULL THEN
        INSERT INTO secure_stay (stay_id, child_id, admitted_on)
        SELECT (e ->> 'stayId')::uuid, (e ->> 'childId')::uuid, (e ->> 'effectiveDate')::date
        FROM (SELECT convert_from(payload, 'UTF8')::jsonb AS e FROM events.domain_event_entry
              WHERE payload_type = 'scot.together.events.care.SecureCareAdmitted') admitted
        ON CONFLICT DO NOTHING;
        UPDATE secure_stay s SET discharged_on = (e ->> 'effectiveDate')::date
        FROM (SELECT convert_from(payload, 'UTF8')::jsonb AS e FROM events.domain_event_entry
              WHERE payload_type = 'scot.together.events.care.SecureCareDischarged') discharged
        WHERE s.stay_id = (e ->> 'stayId')::uuid;
    END IF;
END $$;
