-- Shared tables of every service: the transactional outbox and the idempotent inbox.
-- Common migrations use versions 0.x so that they sort before each service's own V1, V2, ...

CREATE TABLE outbox_event (
    seq         BIGSERIAL PRIMARY KEY,
    id          UUID         NOT NULL UNIQUE,
    topic       VARCHAR(200) NOT NULL,
    event_key   VARCHAR(200) NOT NULL,
    type        VARCHAR(200) NOT NULL,
    source      VARCHAR(200) NOT NULL,
    subject     VARCHAR(200) NOT NULL,
    payload     TEXT         NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    sent_at     TIMESTAMPTZ
);
-- The relay only ever looks for what is still to be sent.
CREATE INDEX outbox_event_unsent ON outbox_event (seq) WHERE sent_at IS NULL;

CREATE TABLE inbox_processed_event (
    consumer     VARCHAR(200) NOT NULL,
    event_id     VARCHAR(200) NOT NULL,
    event_type   VARCHAR(200) NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
