-- Webhook subscriptions of the monitor team: each reads the event log from a cursor of its own (the last position
-- it handled) and keeps a row per delivery and per attempt (see docs/decisions/0008). The outbox that tells an owner
-- of a paused subscription is the shared outbox_event (db/common).
CREATE TABLE webhook_subscription (
    id                    UUID          PRIMARY KEY,
    -- The token subject of whoever created it: they see and manage it, beside the ministry-admins.
    owner_subject         VARCHAR(200)  NOT NULL,
    owner_name            VARCHAR(200),
    url                   VARCHAR(2000) NOT NULL CHECK (url ~* '^https?://'),
    description           VARCHAR(500),
    contact_email         VARCHAR(320)  NOT NULL CHECK (contact_email LIKE '%_@_%'),
    -- CloudEvents subscription filters, all of which an event must pass; [] passes every event.
    filters               JSONB         NOT NULL CHECK (jsonb_typeof(filters) = 'array'),
    secret                VARCHAR(100)  NOT NULL CHECK (secret LIKE 'whsec\_%'),
    -- After a rotation the previous secret signs beside the new one until previous_secret_until.
    previous_secret       VARCHAR(100)  CHECK (previous_secret LIKE 'whsec\_%'),
    previous_secret_until TIMESTAMPTZ,
    status                VARCHAR(20)   NOT NULL CHECK (status IN ('active', 'paused', 'disabled')),
    status_reason         VARCHAR(1000),
    status_changed_at     TIMESTAMPTZ,
    -- The last position of the log that was handled: every event up to it was delivered, or is being retried.
    log_cursor            BIGINT        NOT NULL CHECK (log_cursor >= 0),
    -- Since when every delivery failed (null after a success): a whole retry schedule of that pauses it.
    failing_since         TIMESTAMPTZ,
    last_success_at       TIMESTAMPTZ,
    -- The replica whose turn it is to send its new events, until turn_until (a lease a stopped replica leaves).
    turn                  UUID,
    turn_until            TIMESTAMPTZ,
    created_at            TIMESTAMPTZ   NOT NULL,
    CHECK ((status = 'active') = (status_reason IS NULL)),
    CHECK ((status = 'active') OR status_changed_at IS NOT NULL),
    CHECK ((previous_secret IS NULL) = (previous_secret_until IS NULL)),
    CHECK ((turn IS NULL) = (turn_until IS NULL))
);
CREATE INDEX webhook_subscription_by_owner ON webhook_subscription (owner_subject, created_at);

-- A replay sends again every event of a stretch of the log that the filters pass, a batch at a time.
CREATE TABLE webhook_replay (
    id              UUID         PRIMARY KEY,
    subscription_id UUID         NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    -- Of this time on (the events' CloudEvent time), when asked for by time.
    since           TIMESTAMPTZ,
    from_position   BIGINT       NOT NULL CHECK (from_position >= 0),
    up_to           BIGINT       NOT NULL,
    scanned_to      BIGINT       NOT NULL,
    sent            BIGINT       NOT NULL CHECK (sent >= 0),
    status          VARCHAR(10)  NOT NULL CHECK (status IN ('running', 'done')),
    requested_by    VARCHAR(200) NOT NULL,
    requested_at    TIMESTAMPTZ  NOT NULL,
    finished_at     TIMESTAMPTZ,
    CHECK (from_position <= scanned_to AND scanned_to <= up_to),
    CHECK ((status = 'done') = (finished_at IS NOT NULL))
);
-- One replay at a time per subscription.
CREATE UNIQUE INDEX webhook_replay_one_running ON webhook_replay (subscription_id) WHERE status = 'running';

CREATE TABLE webhook_delivery (
    id               UUID         PRIMARY KEY,
    -- Newest first in the delivery log; rows of one batch are numbered in log order.
    seq              BIGINT       GENERATED ALWAYS AS IDENTITY UNIQUE,
    subscription_id  UUID         NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id         VARCHAR(200) NOT NULL,
    position         BIGINT       NOT NULL CHECK (position > 0),
    event_type       VARCHAR(200) NOT NULL,
    cause            VARCHAR(10)  NOT NULL CHECK (cause IN ('live', 'resend', 'replay')),
    replay_id        UUID         REFERENCES webhook_replay (id) ON DELETE SET NULL,
    status           VARCHAR(10)  NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts         INTEGER      NOT NULL CHECK (attempts >= 0),
    created_at       TIMESTAMPTZ  NOT NULL,
    first_attempt_at TIMESTAMPTZ,
    last_attempt_at  TIMESTAMPTZ,
    -- When a pending delivery is (next) due; a replica that claims it moves it on by a lease.
    next_attempt_at  TIMESTAMPTZ,
    CHECK ((status = 'pending') = (next_attempt_at IS NOT NULL)),
    CHECK ((attempts = 0) = (first_attempt_at IS NULL))
);
CREATE INDEX webhook_delivery_log ON webhook_delivery (subscription_id, seq DESC);
CREATE INDEX webhook_delivery_log_by_status ON webhook_delivery (subscription_id, status, seq DESC);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'pending';

CREATE TABLE webhook_attempt (
    delivery_id  UUID          NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempt      INTEGER       NOT NULL CHECK (attempt > 0),
    attempted_at TIMESTAMPTZ   NOT NULL,
    http_status  INTEGER       CHECK (http_status BETWEEN 100 AND 599),
    error        VARCHAR(1000),
    duration_ms  INTEGER       NOT NULL CHECK (duration_ms >= 0),
    PRIMARY KEY (delivery_id, attempt),
    CHECK (http_status IS NOT NULL OR error IS NOT NULL)
);
