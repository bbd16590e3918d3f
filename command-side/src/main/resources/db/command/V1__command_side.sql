-- The first answer to each (user, Idempotency-Key), written in the same transaction as the
-- events the command recorded, so a repeat returns it and records nothing new.
CREATE TABLE idempotent_answer (
    username        VARCHAR(200) NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    answer_type     VARCHAR(255),
    answer          TEXT,
    recorded_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (username, idempotency_key)
);

-- Usernames taken, kept in step with the events in the same transaction.
CREATE TABLE user_account_name (
    username VARCHAR(200) PRIMARY KEY
);
