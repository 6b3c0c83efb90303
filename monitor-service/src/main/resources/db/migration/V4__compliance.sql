-- The compliance board: every report obligation of every region, what the regions did about it and how the reminders
-- about it went, and the regions' grants and co-financing. Events of four topics arrive in any order (a report can
-- be submitted before the event that created its obligation arrives), so each row is keyed by what it is about and
-- every event writes only its own columns, merged so that the order of arrival does not matter: the highest version,
-- the earliest or the latest time. The state of an obligation (open, overdue ...) depends on today, so it is not
-- stored but judged when read (ComplianceRules).

CREATE TABLE compliance_obligation (
    obligation_id      VARCHAR(200) PRIMARY KEY,
    region_code        VARCHAR(20)  NOT NULL,
    regulation_id      VARCHAR(200) NOT NULL,
    kind               VARCHAR(200) NOT NULL,
    -- From obligation.created only.
    kind_name_nl       TEXT,
    kind_name_en       TEXT,
    -- False for a milestone (the end of the spending period), which has no report and is not on the board.
    report             BOOLEAN,
    -- The due date of the regulation's highest version that set it (obligation.created, deadline.changed), with that
    -- version's legal reference: why the date is what it is.
    due_date           DATE,
    due_version        INTEGER      CHECK (due_version >= 1),
    due_reason         TEXT,
    -- The due date that report events named, the latest of them: stands in until the regulation's arrives.
    reported_due_date  DATE,
    draft_started_at   TIMESTAMPTZ,
    first_submitted_at TIMESTAMPTZ,
    last_submitted_at  TIMESTAMPTZ,
    submitted_version  INTEGER      CHECK (submitted_version >= 1),
    returned_version   INTEGER      CHECK (returned_version >= 1),
    returned_at        TIMESTAMPTZ,
    accepted_version   INTEGER      CHECK (accepted_version >= 1),
    accepted_at        TIMESTAMPTZ,
    CHECK ((due_date IS NULL) = (due_version IS NULL)),
    CHECK ((first_submitted_at IS NULL) = (submitted_version IS NULL)),
    CHECK ((first_submitted_at IS NULL) = (last_submitted_at IS NULL)),
    CHECK (last_submitted_at >= first_submitted_at),
    CHECK ((returned_at IS NULL) = (returned_version IS NULL)),
    CHECK ((accepted_at IS NULL) = (accepted_version IS NULL))
);
CREATE INDEX compliance_obligation_of_region ON compliance_obligation (region_code, kind);
CREATE INDEX compliance_obligation_of_kind ON compliance_obligation (kind);

-- Each reminder about an obligation, with its last delivery and its last failure: a failed reminder the ministry
-- resends keeps its id, so whichever of the two is later is how it stands.
CREATE TABLE compliance_reminder (
    reminder_id    VARCHAR(200) PRIMARY KEY,
    obligation_id  VARCHAR(200) NOT NULL,
    region_code    VARCHAR(20)  NOT NULL,
    sent_at        TIMESTAMPTZ,
    failed_at      TIMESTAMPTZ,
    failure        VARCHAR(30)  CHECK (failure IN ('permanent-failure', 'technical-failure')),
    failure_reason TEXT,
    cancelled_at   TIMESTAMPTZ,
    CHECK ((failed_at IS NULL) = (failure IS NULL))
);
CREATE INDEX compliance_reminder_of_obligation ON compliance_reminder (obligation_id);

-- The regions by name, and when a region's participation ended: a closed region is no longer at risk.
CREATE TABLE compliance_region (
    code      VARCHAR(20) PRIMARY KEY,
    name      TEXT,
    closed_on DATE
);

-- One grant per region and year, as regions-service awards it.
CREATE TABLE compliance_grant (
    region_code VARCHAR(20)    NOT NULL,
    year        INTEGER        NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    amount      NUMERIC(14, 2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (region_code, year)
);

-- What each business confirmed it co-finances a region with in a year. regions-service confirms a business' latest
-- statement, so a later confirmation (by its CloudEvent time, then its id) replaces an earlier one.
CREATE TABLE compliance_cofinancing (
    region_code  VARCHAR(20)    NOT NULL,
    kvk          VARCHAR(8)     NOT NULL CHECK (kvk ~ '^[0-9]{8}$'),
    year         INTEGER        NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    kind         VARCHAR(10)    NOT NULL CHECK (kind IN ('MONEY', 'IN_KIND')),
    amount       NUMERIC(14, 2) NOT NULL CHECK (amount >= 0),
    confirmed_at TIMESTAMPTZ    NOT NULL,
    event_id     VARCHAR(200)   NOT NULL,
    PRIMARY KEY (region_code, kvk, year)
);
CREATE INDEX compliance_cofinancing_of_year ON compliance_cofinancing (year);
