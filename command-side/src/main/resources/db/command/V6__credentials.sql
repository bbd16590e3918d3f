-- Accounts' password hashes, one row an account with a password. Never in an event (events are
-- kept for a century and copied to every read model): a row here is replaced when a new
-- password is set and deleted when it is erased. Accounts opened before this table existed
-- have no row until an administrator sets their password; their old hashes are never read.
CREATE TABLE credential (
    username      VARCHAR(200) PRIMARY KEY,
    password_hash TEXT         NOT NULL,
    set_at        TIMESTAMPTZ  NOT NULL DEFAULT now()
);
