-- Corrections suggested by visitors (issue 14), and what protects the form they use without an
-- account, a cookie or a session.
--
-- None of these tables is shown on a public page, so none has the data version triggers of V25: a
-- flood of suggestions never makes an instance rebuild its read model or empty its page cache. Only
-- an editor accepting a suggestion changes the data, through the history tables of V45.

-- One suggestion: which field of which record the visitor says is wrong, what the page showed then,
-- what it should say and where that comes from. The only thing that could identify the visitor is the
-- optional way to reply, kept only to answer them and erased 30 days after the suggestion is decided.
CREATE TABLE suggestion (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_kind     record_kind NOT NULL,
    record_id       bigint      NOT NULL,
    -- The field as the form and the history name it, such as "hours" or "channel-2-value".
    field           text        NOT NULL CHECK (field ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' AND length(field) <= 80),
    -- What the record's page showed when the suggestion came in; null where it showed nothing.
    current_value   text        CHECK (length(current_value) <= 10000),
    proposed_value  text        NOT NULL CHECK (btrim(proposed_value) <> '' AND length(proposed_value) <= 2000),
    -- A link or a short note saying where the right value comes from.
    evidence        text        NOT NULL CHECK (btrim(evidence) <> '' AND length(evidence) <= 1000),
    reply_to        text        CHECK (btrim(reply_to) <> '' AND length(reply_to) <= 200),
    received_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
    status          text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'rejected')),
    decided_by      text        CHECK (btrim(decided_by) <> '' AND length(decided_by) <= 80),
    decided_at      timestamptz,
    decision_reason text        CHECK (btrim(decision_reason) <> '' AND length(decision_reason) <= 1000),
    -- An open suggestion has no decision; a decided one says who decided and when, and a rejection why.
    CHECK ((status = 'open') = (decided_by IS NULL)),
    CHECK ((status = 'open') = (decided_at IS NULL)),
    CHECK (status <> 'open' OR decision_reason IS NULL),
    CHECK (status <> 'rejected' OR decision_reason IS NOT NULL),
    CHECK (decided_at IS NULL OR decided_at >= received_at)
);

-- The editors' queue: open suggestions, oldest first.
CREATE INDEX suggestion_open_idx ON suggestion (received_at) WHERE status = 'open';

-- A random key a day, shared by every instance without any configuration: the first instance to need
-- a day's key creates it and the others read it. It signs the forms' tokens and keys the hashes of
-- client addresses. Tokens are checked with the key of the day they were issued, today's or
-- yesterday's, so older keys are deleted, and with them any way to tell which address a hash was.
CREATE TABLE suggestion_key (
    day date  PRIMARY KEY,
    key bytea NOT NULL CHECK (length(key) >= 32)
);

-- How many suggestions one client address sent in one hour, so that every instance counts against
-- the same limit. Only a keyed hash of the address is kept, and a window is deleted once it is over:
-- at the next submission from that address and by a cleanup every few minutes, so none outlives a
-- day.
CREATE TABLE suggestion_allowance (
    address_hash bytea       NOT NULL CHECK (length(address_hash) = 32),
    window_start timestamptz NOT NULL,
    submissions  integer     NOT NULL CHECK (submissions > 0),
    PRIMARY KEY (address_hash, window_start)
);

CREATE INDEX suggestion_allowance_window_idx ON suggestion_allowance (window_start);
