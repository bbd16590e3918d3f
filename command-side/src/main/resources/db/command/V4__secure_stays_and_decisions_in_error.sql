-- Stays in secure care, kept in the same transaction as the events (see SecureStaysInStore):
-- a stay holds from admitted_on, not on discharged_on (null: still in secure care).
-- The events are kept so that an admission or a discharge marked in error stops counting here.
CREATE TABLE secure_stay (
    stay_id          UUID         PRIMARY KEY,
    child_id         UUID         NOT NULL,
    admitted_on      DATE         NOT NULL,
    admitted_event   VARCHAR(255) NOT NULL,
    discharged_on    DATE,
    discharged_event VARCHAR(255)
);
CREATE INDEX secure_stay_child ON secure_stay (child_id);

-- The stays recorded before this look-up existed, from the event store (a subscribing processor does not replay).
DO $$
BEGIN
    IF to_regclass('events.domain_event_entry') IS NOT NULL THEN
        INSERT INTO secure_stay (stay_id, child_id, admitted_on, admitted_event)
        SELECT (e ->> 'stayId')::uuid, (e ->> 'childId')::uuid, (e ->> 'effectiveDate')::date, event_identifier
        FROM (SELECT event_identifier, convert_from(payload, 'UTF8')::jsonb AS e FROM events.domain_event_entry
              WHERE payload_type = 'scot.together.events.care.SecureCareAdmitted'
                AND event_identifier NOT IN (SELECT event_id FROM record_in_error)) admitted
        ON CONFLICT DO NOTHING;
        UPDATE secure_stay s SET discharged_on = (e ->> 'effectiveDate')::date, discharged_event = event_identifier
        FROM (SELECT event_identifier, convert_from(payload, 'UTF8')::jsonb AS e FROM events.domain_event_entry
              WHERE payload_type = 'scot.together.events.care.SecureCareDischarged'
                AND event_identifier NOT IN (SELECT event_id FROM record_in_error)) discharged
        WHERE s.stay_id = (e ->> 'stayId')::uuid;
    END IF;
END $$;

-- The event that approved each separation, so that an approval marked in error stops covering the children.
ALTER TABLE approved_separation ADD COLUMN decided_event VARCHAR(255);
CREATE INDEX approved_separation_decided_event ON approved_separation (decided_event);
DO $$
BEGIN
    IF to_regclass('events.domain_event_entry') IS NOT NULL THEN
        UPDATE approved_separation a SET decided_event = e.event_identifier
        FROM events.domain_event_entry e
        WHERE e.payload_type = 'scot.together.events.family.SeparationApproved'
          AND e.aggregate_identifier = a.separation_id::text;
    END IF;
    DELETE FROM approved_separation WHERE decided_event IN (SELECT event_id FROM record_in_error);
END $$;
