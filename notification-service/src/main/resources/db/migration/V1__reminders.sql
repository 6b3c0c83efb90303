-- notification-service: what it knows of obligations and contacts (from events), the reminders it plans and
-- sends, every delivery attempt, and the regions whose reminders the ministry paused.

-- Contact persons of the regions (sto.regions.v1 contact.changed); they receive the reminders.
CREATE TABLE contact (
    id          VARCHAR(100) PRIMARY KEY,
    region_code VARCHAR(20)  NOT NULL,
    name        VARCHAR(300) NOT NULL,
    email       VARCHAR(320) NOT NULL,
    role        VARCHAR(100),
    language    VARCHAR(2)   NOT NULL CHECK (language IN ('nl', 'en')),
    removed     BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX contact_of_region ON contact (region_code) WHERE NOT removed;

-- Obligations (sto.regulation.v1) and how far the region got with them (sto.reports.v1).
CREATE TABLE obligation (
    id                UUID         PRIMARY KEY,
    region_code       VARCHAR(20)  NOT NULL,
    regulation_id     VARCHAR(100) NOT NULL,
    kind              VARCHAR(100) NOT NULL,
    name_nl           VARCHAR(300) NOT NULL,
    name_en           VARCHAR(300) NOT NULL,
    report            BOOLEAN      NOT NULL,
    due_date          DATE         NOT NULL,
    deadline_version  INTEGER      NOT NULL,
    legal_reference   VARCHAR(300),
    state             VARCHAR(20)  NOT NULL
        CHECK (state IN ('open', 'submitted', 'returned', 'accepted', 'withdrawn')),
    -- Grows with every change a calendar entry must follow (moved, cancelled, reopened): iCalendar's SEQUENCE.
    calendar_sequence INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX obligation_of_region ON obligation (region_code);

-- One e-mail to one contact. The idempotency key (obligation, step, recipient, deadline version) is what makes a
-- redelivered event, a restart or a second replica unable to plan or send the same message twice.
CREATE TABLE reminder (
    id                UUID         PRIMARY KEY,
    idempotency_key   VARCHAR(700) NOT NULL UNIQUE,
    obligation_id     UUID         NOT NULL REFERENCES obligation (id),
    region_code       VARCHAR(20)  NOT NULL,
    contact_id        VARCHAR(100) NOT NULL,
    recipient         VARCHAR(320) NOT NULL,
    language          VARCHAR(2)   NOT NULL CHECK (language IN ('nl', 'en')),
    step              VARCHAR(40)  NOT NULL,
    -- A step of the schedule (announcement, before the date, on the day, overdue) rather than a message an event
    -- caused (date moved, report returned, calendar cancel): only scheduled steps can be overtaken by a later one.
    timed             BOOLEAN      NOT NULL,
    -- Only useful before the due date has passed (announcement, the steps before the date, the day itself).
    before_due        BOOLEAN      NOT NULL,
    deadline_version  INTEGER      NOT NULL,
    due_date          DATE         NOT NULL,
    previous_due_date DATE,
    reason            VARCHAR(300),
    scheduled_for     TIMESTAMPTZ  NOT NULL,
    status            VARCHAR(20)  NOT NULL
        CHECK (status IN ('scheduled', 'sending', 'sent', 'temporary-failure', 'permanent-failure',
                          'technical-failure', 'cancelled', 'skipped')),
    attempts          INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at   TIMESTAMPTZ  NOT NULL,
    first_attempt_at  TIMESTAMPTZ,
    claimed_until     TIMESTAMPTZ,
    sent_at           TIMESTAMPTZ,
    status_reason     TEXT,
    template_version  VARCHAR(40),
    content_hash      VARCHAR(64),
    calendar_sequence INTEGER,
    created_at        TIMESTAMPTZ  NOT NULL,
    CHECK ((status = 'sent') = (sent_at IS NOT NULL))
);
-- The dispatcher only ever looks for what is due.
CREATE INDEX reminder_due ON reminder (next_attempt_at) WHERE status IN ('scheduled', 'temporary-failure');
CREATE INDEX reminder_in_flight ON reminder (claimed_until) WHERE status = 'sending';
CREATE INDEX reminder_of_region ON reminder (region_code, scheduled_for);
CREATE INDEX reminder_of_obligation ON reminder (obligation_id, contact_id);
CREATE INDEX reminder_failed ON reminder (status) WHERE status IN ('permanent-failure', 'technical-failure');

-- Every try to hand a reminder to the SMTP server, kept for the life of the grant.
CREATE TABLE delivery_attempt (
    id           BIGSERIAL    PRIMARY KEY,
    reminder_id  UUID         NOT NULL REFERENCES reminder (id),
    attempt      INTEGER      NOT NULL,
    attempted_at TIMESTAMPTZ  NOT NULL,
    outcome      VARCHAR(20)  NOT NULL,
    detail       TEXT,
    UNIQUE (reminder_id, attempt)
);

-- Regions whose reminders the ministry paused, with the reason the region sees.
CREATE TABLE region_pause (
    region_code VARCHAR(20)  PRIMARY KEY,
    reason      VARCHAR(500) NOT NULL,
    paused_by   VARCHAR(300) NOT NULL,
    paused_at   TIMESTAMPTZ  NOT NULL
);
