-- The partnership registry: regions with their admission and plan, partner memberships with history,
-- grants, co-financing statements, contact persons and the audit trail.
ALTER TABLE region
    ADD COLUMN tranche          VARCHAR(10)  NOT NULL DEFAULT '1',
    ADD COLUMN admitted_on      DATE         NOT NULL DEFAULT DATE '2020-01-01',
    ADD COLUMN advice_reference VARCHAR(200),
    ADD COLUMN status           VARCHAR(10)  NOT NULL DEFAULT 'ACTIVE',
    ADD COLUMN closed_on        DATE,
    ADD COLUMN close_reason     VARCHAR(500),
    ADD COLUMN plan_duurzaam    TEXT,
    ADD COLUMN plan_dekkend     TEXT,
    ADD COLUMN plan_kwalitatief TEXT,
    ADD COLUMN demo             BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN version          BIGINT       NOT NULL DEFAULT 0;
ALTER TABLE region ALTER COLUMN tranche DROP DEFAULT, ALTER COLUMN admitted_on DROP DEFAULT;
CREATE INDEX region_name_search ON region (lower(name));

CREATE TABLE membership (
    id                VARCHAR(64)  PRIMARY KEY,
    region_code       VARCHAR(20)  NOT NULL REFERENCES region (code),
    identifier_type   VARCHAR(20)  NOT NULL,
    identifier        VARCHAR(20)  NOT NULL,
    organisation_code VARCHAR(20)  NOT NULL,
    name              VARCHAR(300) NOT NULL,
    municipality      VARCHAR(100),
    role              VARCHAR(20)  NOT NULL,
    joined_on         DATE         NOT NULL,
    left_on           DATE,
    created_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX membership_by_region ON membership (region_code);
CREATE INDEX membership_by_identifier ON membership (identifier);
CREATE INDEX membership_by_municipality ON membership (lower(municipality));
-- A partner is in a region once at a time, and a region has one lead at a time.
CREATE UNIQUE INDEX membership_one_open_per_partner ON membership (region_code, identifier) WHERE left_on IS NULL;
CREATE UNIQUE INDEX membership_one_open_lead ON membership (region_code) WHERE role = 'lead' AND left_on IS NULL;

CREATE TABLE grant_award (
    id          VARCHAR(64)    PRIMARY KEY,
    region_code VARCHAR(20)    NOT NULL REFERENCES region (code),
    year        INTEGER        NOT NULL,
    amount      NUMERIC(14, 2) NOT NULL CHECK (amount >= 0),
    awarded_at  TIMESTAMPTZ    NOT NULL,
    awarded_by  VARCHAR(200)   NOT NULL,
    UNIQUE (region_code, year)
);

-- Append-only: every statement and confirmation a business made stays readable.
CREATE TABLE cofinancing_statement (
    id          VARCHAR(64)    PRIMARY KEY,
    region_code VARCHAR(20)    NOT NULL REFERENCES region (code),
    kvk         VARCHAR(8)     NOT NULL,
    year        INTEGER        NOT NULL,
    amount      NUMERIC(14, 2) NOT NULL CHECK (amount >= 0),
    kind        VARCHAR(10)    NOT NULL,
    confirmed   BOOLEAN        NOT NULL,
    stated_at   TIMESTAMPTZ    NOT NULL,
    stated_by   VARCHAR(200)   NOT NULL
);
CREATE INDEX cofinancing_by_region ON cofinancing_statement (region_code, kvk, year, stated_at);

CREATE TABLE contact (
    id          VARCHAR(64)  PRIMARY KEY,
    region_code VARCHAR(20)  NOT NULL REFERENCES region (code),
    name        VARCHAR(200) NOT NULL,
    email       VARCHAR(254) NOT NULL,
    role        VARCHAR(100) NOT NULL,
    language    VARCHAR(2)   NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX contact_by_region ON contact (region_code);

CREATE TABLE audit_entry (
    id            BIGSERIAL    PRIMARY KEY,
    at            TIMESTAMPTZ  NOT NULL,
    actor_subject VARCHAR(200) NOT NULL,
    actor_name    VARCHAR(200),
    actor_audience VARCHAR(20) NOT NULL,
    region_code   VARCHAR(20),
    action        VARCHAR(60)  NOT NULL,
    detail        TEXT         NOT NULL
);
CREATE INDEX audit_by_region ON audit_entry (region_code, at);
