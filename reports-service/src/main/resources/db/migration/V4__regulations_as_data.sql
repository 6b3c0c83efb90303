-- Several regulations (programme periods) side by side, each defining its obligation kinds as data. The one
-- regulation so far (2020-2023, versions 1 and 2) becomes the first row; its four kinds keep their codes, and its
-- versions keep their deadlines, now keyed by kind code. Later regulations and amendments are published through
-- the service (seeded at start-up from src/main/resources/regulations), so that their obligations and events are
-- written the same way as the ministry's.
CREATE TABLE regulation (
    id                VARCHAR(40)  PRIMARY KEY,
    title             VARCHAR(300) NOT NULL,
    legal_reference   VARCHAR(200) NOT NULL UNIQUE,
    published_on      DATE         NOT NULL,
    effective_on      DATE         NOT NULL,
    period_from       DATE         NOT NULL,
    period_to         DATE         NOT NULL,
    -- The day the grants of the regulation's application round were decided: "weeks after the grant decision"
    -- counts from here for regions admitted before it. NULL: its effective date.
    grants_decided_on DATE,
    source_note       TEXT         NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    demo              BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at        TIMESTAMPTZ  NOT NULL,
    created_by        VARCHAR(200) NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL,
    published_at      TIMESTAMPTZ,
    published_by      VARCHAR(200),
    CONSTRAINT regulation_id_format CHECK (id ~ '^[A-Z0-9][A-Z0-9-]{2,39}$'),
    CONSTRAINT regulation_status CHECK (status IN ('DRAFT', 'PUBLISHED')),
    CONSTRAINT regulation_period_in_order CHECK (period_from < period_to),
    CONSTRAINT regulation_dates_in_programme_range CHECK (
        period_from >= DATE '2000-01-01' AND period_to <= DATE '2100-12-31'
        AND published_on BETWEEN DATE '2000-01-01' AND DATE '2100-12-31'
        AND effective_on BETWEEN DATE '2000-01-01' AND DATE '2100-12-31'),
    CONSTRAINT regulation_published_with_its_time CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
);

-- What a regulation makes its regions owe. due_rule FIXED: due_date (as first published; amendments move it per
-- version); YEARLY: due_month/due_day in every year of the period; WEEKS_AFTER_GRANT: due_weeks after the region's
-- grant decision. sections: the report's sections as JSON (empty for a milestone without a report).
CREATE TABLE obligation_kind (
    regulation_id VARCHAR(40)  NOT NULL REFERENCES regulation (id) ON DELETE CASCADE,
    code          VARCHAR(40)  NOT NULL,
    position      SMALLINT     NOT NULL,
    name_nl       VARCHAR(200) NOT NULL,
    name_en       VARCHAR(200) NOT NULL,
    abbreviation  VARCHAR(12)  NOT NULL,
    report        BOOLEAN      NOT NULL,
    due_rule      VARCHAR(20)  NOT NULL,
    due_date      DATE,
    due_month     SMALLINT,
    due_day       SMALLINT,
    due_weeks     SMALLINT,
    sections      TEXT         NOT NULL,
    PRIMARY KEY (regulation_id, code),
    -- A receipt reference (STO-R01-PR1-2) names the kind by its abbreviation, so it is unique across regulations.
    CONSTRAINT one_kind_per_abbreviation UNIQUE (abbreviation),
    CONSTRAINT one_kind_per_position UNIQUE (regulation_id, position),
    CONSTRAINT obligation_kind_code_format CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    CONSTRAINT obligation_kind_abbreviation_format CHECK (abbreviation ~ '^[A-Z][A-Z0-9]{0,11}$'),
    CONSTRAINT obligation_kind_rule CHECK (
        (due_rule = 'FIXED' AND due_date IS NOT NULL AND due_month IS NULL AND due_day IS NULL AND due_weeks IS NULL)
        OR (due_rule = 'YEARLY' AND due_date IS NULL AND due_month BETWEEN 1 AND 12 AND due_day BETWEEN 1 AND 31
            AND due_weeks IS NULL)
        OR (due_rule = 'WEEKS_AFTER_GRANT' AND due_date IS NULL AND due_month IS NULL AND due_day IS NULL
            AND due_weeks BETWEEN 1 AND 520))
);

INSERT INTO regulation (id, title, legal_reference, published_on, effective_on, period_from, period_to,
                        source_note, status, created_at, created_by, updated_at, published_at, published_by)
SELECT 'STO-2020-2023', 'Subsidieregeling sterk techniekonderwijs 2020-2023', legal_reference, published_on,
       effective_on, DATE '2019-04-01', DATE '2025-12-31',
       source_note || ' Period: from the entry into force to the end of 2025, a year after the last deadline; the '
           || 'regulation''s own lapse date was not available to us.',
       'PUBLISHED', published_at, published_by, published_at, published_at, published_by
FROM regulation_version WHERE number = 1;

INSERT INTO obligation_kind (regulation_id, code, position, name_nl, name_en, abbreviation, report, due_rule,
                             due_date, sections)
SELECT 'STO-2020-2023', kind.code, kind.position, kind.name_nl, kind.name_en, kind.abbreviation, kind.report, 'FIXED',
       kind.due_date, kind.sections
FROM regulation_version v, (VALUES
    (1, 'PROGRESS_REPORT_1', 'Eerste voortgangsrapportage', 'First progress report', 'PR1', TRUE),
    (2, 'PROGRESS_REPORT_2', 'Tweede voortgangsrapportage', 'Second progress report', 'PR2', TRUE),
    (3, 'FINAL_REPORT', 'Eindverslag met financiële verantwoording', 'Final report with financial accounting', 'FR', TRUE),
    (4, 'SPENDING_PERIOD_END', 'Einde bestedingsperiode', 'End of the spending period', 'SPE', FALSE))
    AS kind_row (position, code, name_nl, name_en, abbreviation, report),
LATERAL (SELECT kind_row.*, CASE kind_row.code
        WHEN 'PROGRESS_REPORT_1' THEN v.progress_report_1 WHEN 'PROGRESS_REPORT_2' THEN v.progress_report_2
        WHEN 'FINAL_REPORT' THEN v.final_report ELSE v.spending_period_end END AS due_date,
    CASE kind_row.code
        WHEN 'PROGRESS_REPORT_1' THEN '[{"type":"aim-duurzaam","required":true},{"type":"aim-dekkend","required":true},'
            || '{"type":"aim-kwalitatief-hoogstaand","required":true},{"type":"plan-adjustments","required":false},'
            || '{"type":"covid-19","required":true},{"type":"cofinancing-realised","required":true}]'
        WHEN 'PROGRESS_REPORT_2' THEN '[{"type":"aim-duurzaam","required":true},{"type":"aim-dekkend","required":true},'
            || '{"type":"aim-kwalitatief-hoogstaand","required":true},{"type":"plan-adjustments","required":false},'
            || '{"type":"covid-19","required":false},{"type":"cofinancing-realised","required":true}]'
        WHEN 'FINAL_REPORT' THEN '[{"type":"aim-duurzaam","required":true},{"type":"aim-dekkend","required":true},'
            || '{"type":"aim-kwalitatief-hoogstaand","required":true},{"type":"covid-19","required":false},'
            || '{"type":"cofinancing-realised","required":true},{"type":"spending-per-year","required":true},'
            || '{"type":"financial-accounting","required":true}]'
        ELSE '[]' END AS sections) AS kind
WHERE v.number = 1;

-- Versions belong to a regulation and are numbered within it; their deadlines are keyed by kind code.
ALTER TABLE obligation DROP CONSTRAINT obligation_version_fkey;
ALTER TABLE obligation_change DROP CONSTRAINT obligation_change_version_fkey;
ALTER TABLE regulation_version ADD COLUMN regulation_id VARCHAR(40) REFERENCES regulation (id);
ALTER TABLE regulation_version ADD COLUMN deadlines TEXT;
UPDATE regulation_version SET regulation_id = 'STO-2020-2023',
    deadlines = json_build_object('PROGRESS_REPORT_1', progress_report_1, 'PROGRESS_REPORT_2', progress_report_2,
        'FINAL_REPORT', final_report, 'SPENDING_PERIOD_END', spending_period_end)::text;
ALTER TABLE regulation_version ALTER COLUMN regulation_id SET NOT NULL;
ALTER TABLE regulation_version ALTER COLUMN deadlines SET NOT NULL;
ALTER TABLE regulation_version DROP CONSTRAINT spending_ends_before_final_report;
ALTER TABLE regulation_version DROP COLUMN progress_report_1, DROP COLUMN progress_report_2,
    DROP COLUMN final_report, DROP COLUMN spending_period_end;
ALTER TABLE regulation_version DROP CONSTRAINT regulation_version_pkey;
ALTER TABLE regulation_version ADD PRIMARY KEY (regulation_id, number);

-- The programme admission of every region (from regions-service's region.admitted), and the regulations each
-- region takes part in: a regulation published later reaches every region admitted before its period ends.
CREATE TABLE admission (
    region_code VARCHAR(20) PRIMARY KEY,
    admitted_on DATE        NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL
);
-- Obligations older than V2_1 have no admission day; for them the day their obligations were created stands in,
-- the only day known on which the region was certainly admitted.
INSERT INTO admission (region_code, admitted_on, recorded_at)
SELECT region_code, coalesce(min(admitted_on), min(created_at)::date), min(created_at)
FROM obligation GROUP BY region_code;

CREATE TABLE participation (
    regulation_id    VARCHAR(40) NOT NULL REFERENCES regulation (id),
    region_code      VARCHAR(20) NOT NULL REFERENCES admission (region_code),
    grant_decided_on DATE        NOT NULL,
    joined_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (regulation_id, region_code)
);
CREATE INDEX participation_by_region ON participation (region_code);
INSERT INTO participation (regulation_id, region_code, grant_decided_on, joined_at)
SELECT 'STO-2020-2023', region_code, admitted_on, recorded_at FROM admission;

-- An obligation belongs to a regulation the region takes part in, is of one of its kinds, and was set by one of
-- its versions. occurrence: the year of a YEARLY kind's obligation, 0 for the others.
ALTER TABLE obligation ALTER COLUMN kind TYPE VARCHAR(40);
ALTER TABLE report ALTER COLUMN kind TYPE VARCHAR(40);
ALTER TABLE obligation ADD COLUMN regulation_id VARCHAR(40);
UPDATE obligation SET regulation_id = 'STO-2020-2023';
ALTER TABLE obligation ALTER COLUMN regulation_id SET NOT NULL;
ALTER TABLE obligation ADD COLUMN occurrence SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE obligation DROP CONSTRAINT one_obligation_per_kind;
ALTER TABLE obligation ADD CONSTRAINT one_obligation_per_kind UNIQUE (region_code, regulation_id, kind, occurrence);
ALTER TABLE obligation ADD CONSTRAINT obligation_of_a_participant
    FOREIGN KEY (regulation_id, region_code) REFERENCES participation (regulation_id, region_code);
ALTER TABLE obligation ADD CONSTRAINT obligation_of_a_kind
    FOREIGN KEY (regulation_id, kind) REFERENCES obligation_kind (regulation_id, code);
ALTER TABLE obligation ADD CONSTRAINT obligation_set_by_a_version
    FOREIGN KEY (regulation_id, version) REFERENCES regulation_version (regulation_id, number);
DROP INDEX obligation_by_kind;
DROP INDEX obligation_by_kind_and_admission;
CREATE INDEX obligation_by_kind ON obligation (regulation_id, kind, due_date);
CREATE INDEX obligation_by_kind_and_admission ON obligation (regulation_id, kind, admitted_on)
    WHERE admitted_on IS NOT NULL;

-- A report belongs to its obligation's regulation, whose kind defines its sections. Sections are named by their
-- key (aim-duurzaam), as in the API, since a regulation may define free-text sections of its own.
ALTER TABLE report ADD COLUMN regulation_id VARCHAR(40);
UPDATE report r SET regulation_id = o.regulation_id FROM obligation o WHERE o.id = r.obligation_id;
ALTER TABLE report ALTER COLUMN regulation_id SET NOT NULL;
ALTER TABLE report_section ALTER COLUMN section TYPE VARCHAR(40);
UPDATE report_section SET section = CASE section
    WHEN 'AIM_DUURZAAM' THEN 'aim-duurzaam' WHEN 'AIM_DEKKEND' THEN 'aim-dekkend'
    WHEN 'AIM_KWALITATIEF' THEN 'aim-kwalitatief-hoogstaand' WHEN 'PLAN_ADJUSTMENTS' THEN 'plan-adjustments'
    WHEN 'COVID_19' THEN 'covid-19' WHEN 'COFINANCING_REALISED' THEN 'cofinancing-realised'
    WHEN 'SPENDING_PER_YEAR' THEN 'spending-per-year' WHEN 'FINANCIAL_ACCOUNTING' THEN 'financial-accounting'
    ELSE section END;
