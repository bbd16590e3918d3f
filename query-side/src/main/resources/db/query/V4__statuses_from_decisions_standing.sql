-- An exclusion's status and decision time are worked out when read, from its decisions not marked in error.
DROP INDEX exclusion_status;
ALTER TABLE exclusion DROP COLUMN status;
ALTER TABLE exclusion DROP COLUMN decided_at;

-- Each review of a separation, so the register shows the review date as it stood at any date.
ALTER TABLE separation ADD COLUMN requested_review_by DATE;
CREATE TABLE separation_review (
    separation_id  UUID   NOT NULL,
    sequence       BIGINT NOT NULL,
    reviewed_on    DATE   NOT NULL,
    next_review_by DATE,
    PRIMARY KEY (separation_id, sequence)
);

-- What was recorded before: the review date asked for, and the reviews, from the event store.
DO $$
BEGIN
    IF to_regclass('events.domain_event_entry') IS NOT NULL THEN
        UPDATE separation sp SET requested_review_by = (e.payload ->> 'reviewBy')::date
        FROM (SELECT aggregate_identifier, convert_from(payload, 'UTF8')::jsonb AS payload
              FROM events.domain_event_entry
              WHERE payload_type = 'scot.together.events.family.SeparationRequested') e
        WHERE sp.id = e.aggregate_identifier::uuid;
        INSERT INTO separation_review (separation_id, sequence, reviewed_on, next_review_by)
        SELECT aggregate_identifier::uuid, sequence_number, (payload ->> 'effectiveDate')::date,
               (payload ->> 'nextReviewBy')::date
        FROM (SELECT aggregate_identifier, sequence_number, convert_from(payload, 'UTF8')::jsonb AS payload
              FROM events.domain_event_entry
              WHERE payload_type = 'scot.together.events.family.SeparationReviewed') e
        WHERE EXISTS (SELECT 1 FROM separation sp WHERE sp.id = e.aggregate_identifier::uuid)
        ON CONFLICT DO NOTHING;
    END IF;
    UPDATE separation SET requested_review_by = review_by WHERE requested_review_by IS NULL;
END $$;

-- A separation's decision marked in error leaves it waiting for a decision again (see FamilyProjection).
ALTER TABLE separation ADD COLUMN decision_event VARCHAR(255);
CREATE INDEX separation_decision_event ON separation (decision_event);
CREATE TABLE separation_decision_in_error (
    event_id VARCHAR(255) PRIMARY KEY
);
DO $$
BEGIN
    IF to_regclass('events.domain_event_entry') IS NOT NULL THEN
        UPDATE separation sp SET decision_event = e.event_identifier
        FROM events.domain_event_entry e
        WHERE e.payload_type IN ('scot.together.events.family.SeparationApproved',
                                 'scot.together.events.family.SeparationRefused')
          AND e.aggregate_identifier = sp.id::text;
    END IF;
    INSERT INTO separation_decision_in_error (event_id)
    SELECT r.event_id FROM record_in_error r JOIN separation sp ON sp.decision_event = r.event_id;
    UPDATE separation SET status = 'REQUESTED', decided_by = NULL, decided_on = NULL, decision_event = NULL
    WHERE status IN ('APPROVED', 'REFUSED') AND decision_event IN (SELECT event_id FROM separation_decision_in_error);
END $$;
