-- The regulation as data: every version carries the full set of deadlines that were in force from its effective
-- date, so "which dates applied on day X" is one row, and an amendment is a new row, never an edit.
CREATE TABLE regulation_version (
    number              INTEGER      PRIMARY KEY,
    legal_reference     VARCHAR(200) NOT NULL UNIQUE,
    title               VARCHAR(300) NOT NULL,
    published_on        DATE         NOT NULL,
    effective_on        DATE         NOT NULL,
    source_note         TEXT         NOT NULL,
    progress_report_1   DATE         NOT NULL,
    progress_report_2   DATE         NOT NULL,
    final_report        DATE         NOT NULL,
    spending_period_end DATE         NOT NULL,
    published_at        TIMESTAMPTZ  NOT NULL,
    published_by        VARCHAR(100) NOT NULL,
    CONSTRAINT spending_ends_before_final_report CHECK (spending_period_end <= final_report)
);

-- What each region owes, by when; one row per region and kind. status: OPEN, OVERDUE, SUBMITTED, RETURNED,
-- ACCEPTED, or ENDED (the spending period, once its date passed).
CREATE TABLE obligation (
    id           UUID         PRIMARY KEY,
    region_code  VARCHAR(20)  NOT NULL,
    kind         VARCHAR(30)  NOT NULL,
    due_date     DATE         NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    version      INTEGER      NOT NULL REFERENCES regulation_version (number),
    created_at   TIMESTAMPTZ  NOT NULL,
    overdue_for  DATE,
    CONSTRAINT one_obligation_per_kind UNIQUE (region_code, kind)
);
CREATE INDEX obligation_by_kind ON obligation (kind, due_date);
CREATE INDEX obligation_open_by_due_date ON obligation (due_date) WHERE status = 'OPEN';

-- Why a due date is what it is: every move, with the version that moved it.
CREATE TABLE obligation_change (
    seq           BIGSERIAL    PRIMARY KEY,
    obligation_id UUID         NOT NULL REFERENCES obligation (id),
    from_date     DATE         NOT NULL,
    to_date       DATE         NOT NULL,
    version       INTEGER      NOT NULL REFERENCES regulation_version (number),
    reason        VARCHAR(200) NOT NULL,
    changed_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX obligation_change_by_obligation ON obligation_change (obligation_id, seq);

-- The STO regulation as originally published, and the 2021 amendment that COVID-19 made necessary.
INSERT INTO regulation_version VALUES (1, 'Subsidieregeling sterk techniekonderwijs 2020-2023',
    'Subsidieregeling sterk techniekonderwijs 2020-2023 (original text)', DATE '2019-04-01', DATE '2019-04-01',
    'Deadlines of the regulation as first published: progress report 1 Oct 2021, second progress report 1 Jul 2023 '
    || '(sterktechniekonderwijs.nl, 3 Apr 2022), end of the spending period 1 Jan 2024, final report 1 Jul 2024. '
    || 'dus-i.nl gives 31 Dec 2023 as the original end of the spending period. The publication date is approximate: '
    || 'applications were assessed in October 2019.',
    DATE '2021-10-01', DATE '2023-07-01', DATE '2024-07-01', DATE '2024-01-01', now(), 'regulation-seed');
INSERT INTO regulation_version VALUES (2, 'Stcrt. 2021, nr. 40070',
    'Wijziging Subsidieregeling sterk techniekonderwijs 2020-2023 (COVID-19)', DATE '2021-05-27', DATE '2021-05-27',
    'Minister Slob signed the amendment in the week of 20 May 2021 (sterktechniekonderwijs.nl, 27 May and 7 Jun 2021); '
    || 'Kamerbrief STO 2021, footnote 4: progress report 1 Oct 2021 -> 1 Nov 2021, spending period +7 months to '
    || '1 Aug 2024, final report 1 Jul 2024 -> 1 Dec 2024. dus-i.nl gives 31 Dec 2024 for the final report.',
    DATE '2021-11-01', DATE '2023-07-01', DATE '2024-12-01', DATE '2024-08-01', now(), 'regulation-seed');
