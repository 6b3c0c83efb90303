-- Messages to people who are not a region's contacts, each caused by one event: the owner of a monitor team's webhook
-- subscription told that it was paused. One per event (its CloudEvent id), kept with every attempt as proof, retried
-- while the SMTP server is away, never sent twice.
CREATE TABLE notice (
    id              UUID         PRIMARY KEY,
    event_id        VARCHAR(200) NOT NULL UNIQUE,
    kind            VARCHAR(40)  NOT NULL CHECK (kind IN ('subscription-paused')),
    recipient       VARCHAR(320) NOT NULL,
    -- What the message says, as the event told it.
    facts           JSONB        NOT NULL,
    status          VARCHAR(20)  NOT NULL
        CHECK (status IN ('scheduled', 'sent', 'temporary-failure', 'permanent-failure', 'technical-failure')),
    attempts        INTEGER      NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    created_at      TIMESTAMPTZ  NOT NULL,
    -- When it is (again) due; also pushed ahead while one replica sends it, so that no other claims it meanwhile.
    next_attempt_at TIMESTAMPTZ,
    sent_at         TIMESTAMPTZ,
    status_reason   TEXT,
    content_hash    VARCHAR(64),
    CHECK ((status IN ('scheduled', 'temporary-failure')) = (next_attempt_at IS NOT NULL)),
    CHECK ((status = 'sent') = (sent_at IS NOT NULL))
);
CREATE INDEX notice_due ON notice (next_attempt_at) WHERE next_attempt_at IS NOT NULL;

CREATE TABLE notice_attempt (
    notice_id    UUID        NOT NULL REFERENCES notice (id),
    attempt      INTEGER     NOT NULL CHECK (attempt > 0),
    attempted_at TIMESTAMPTZ NOT NULL,
    outcome      VARCHAR(20) NOT NULL CHECK (outcome IN ('sent', 'temporary-failure', 'permanent-failure')),
    detail       TEXT,
    PRIMARY KEY (notice_id, attempt)
);
