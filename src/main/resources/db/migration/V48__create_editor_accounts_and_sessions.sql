-- Editors, who sign in under /editor to correct the directory (issue 14). None of these tables is
-- shown on a public page, so none moves the data version: signing in, failing to, or a session
-- expiring never rebuilds the read model or empties the page cache.

-- An account, created only by the command-line task (java -jar ... --editor.create=name): there is
-- no default account. A new account has a one-time password, which expires and must be changed at
-- the first sign-in; while it must be changed, the expiry is set, and only then.
CREATE TABLE editor (
    username             text        PRIMARY KEY
        -- As revision.editor and record_check.editor record it, at most 80 characters there.
        CHECK (username ~ '^[a-z0-9][a-z0-9._-]{0,39}$'),
    -- A DelegatingPasswordEncoder hash, such as {argon2}$argon2id$v=19$m=19456,t=2,p=1$...
    password_hash        text        NOT NULL CHECK (password_hash ~ '^\{[a-z0-9@_.-]+\}.+$'),
    must_change_password boolean     NOT NULL DEFAULT true,
    one_time_password_expires_at timestamptz,
    created_at           timestamptz NOT NULL DEFAULT clock_timestamp(),
    disabled             boolean     NOT NULL DEFAULT false,
    CHECK (must_change_password = (one_time_password_expires_at IS NOT NULL))
);

-- Failed sign-ins, counted per account name and per client address over a short window, so that
-- every instance shares the count. Neither the name typed (it may be a password typed in the wrong
-- box) nor the address is kept: only an HMAC of each under the key below. Rows are deleted once
-- their window has passed, and never kept longer than 24 hours.
CREATE TABLE editor_sign_in_failure (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_hash bytea       NOT NULL CHECK (length(account_hash) = 32),
    address_hash bytea       NOT NULL CHECK (length(address_hash) = 32),
    failed_at    timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE INDEX editor_sign_in_failure_account_idx ON editor_sign_in_failure (account_hash, failed_at);
CREATE INDEX editor_sign_in_failure_address_idx ON editor_sign_in_failure (address_hash, failed_at);
CREATE INDEX editor_sign_in_failure_failed_at_idx ON editor_sign_in_failure (failed_at);

-- The HMAC key, one for every instance, drawn from PostgreSQL's strong random source (two random
-- UUIDs: 244 random bits).
CREATE TABLE editor_sign_in_key (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    hash_key  bytea   NOT NULL CHECK (length(hash_key) = 32)
);

INSERT INTO editor_sign_in_key (hash_key) VALUES (uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()));

-- Editors' sessions, kept by Spring Session, so that every instance behind the proxy knows them
-- and a restart signs nobody out. Spring Session's own PostgreSQL schema
-- (org/springframework/session/jdbc/schema-postgresql.sql), with its table name, and with room in
-- session_id for the 256-bit identifiers EditorSessionIds draws (43 characters, not a 36-character
-- UUID).
CREATE TABLE editor_session (
    primary_id            char(36)     NOT NULL,
    session_id            varchar(64)  NOT NULL,
    creation_time         bigint       NOT NULL,
    last_access_time      bigint       NOT NULL,
    max_inactive_interval int          NOT NULL,
    expiry_time           bigint       NOT NULL,
    principal_name        varchar(100),
    CONSTRAINT editor_session_pk PRIMARY KEY (primary_id)
);

CREATE UNIQUE INDEX editor_session_ix1 ON editor_session (session_id);
CREATE INDEX editor_session_ix2 ON editor_session (expiry_time);
CREATE INDEX editor_session_ix3 ON editor_session (principal_name);

CREATE TABLE editor_session_attributes (
    session_primary_id char(36)     NOT NULL,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    CONSTRAINT editor_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT editor_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES editor_session (primary_id) ON DELETE CASCADE
);
