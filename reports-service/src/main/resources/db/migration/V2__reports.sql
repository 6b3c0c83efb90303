-- Report intake and review. One report per report obligation; every submission is a numbered version of it, and
-- every version stays readable. status (report and version): DRAFT, SUBMITTED, RETURNED, ACCEPTED; the report's
-- status is that of its latest version, kept on the report for the ministry's review queue.
CREATE TABLE report (
    id              UUID         PRIMARY KEY,
    obligation_id   UUID         NOT NULL UNIQUE REFERENCES obligation (id),
    region_code     VARCHAR(20)  NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    current_version INTEGER      NOT NULL,
    started_at      TIMESTAMPTZ  NOT NULL,
    started_by      VARCHAR(200) NOT NULL
);
CREATE INDEX report_by_region ON report (region_code);
CREATE INDEX report_by_status ON report (status);

-- revision counts the saved edits of a draft: the ETag that editors send back, so a stale edit is refused.
-- A submitted version gets its receipt: reference, time, and the SHA-256 of its canonical content.
CREATE TABLE report_version (
    id              UUID         PRIMARY KEY,
    report_id       UUID         NOT NULL REFERENCES report (id),
    number          INTEGER      NOT NULL,
    based_on        INTEGER,
    status          VARCHAR(20)  NOT NULL,
    revision        INTEGER      NOT NULL,
    started_at      TIMESTAMPTZ  NOT NULL,
    started_by      VARCHAR(200) NOT NULL,
    submitted_at    TIMESTAMPTZ,
    submitted_by    VARCHAR(200),
    receipt         VARCHAR(60)  UNIQUE,
    checksum        CHAR(64),
    late            BOOLEAN,
    reviewed_at     TIMESTAMPTZ,
    reviewed_by     VARCHAR(200),
    review_summary  TEXT,
    review_comments TEXT,
    CONSTRAINT one_version_per_number UNIQUE (report_id, number)
);

-- One row per filled section of a version; content is the section's JSON as the API takes it.
CREATE TABLE report_section (
    id          UUID         PRIMARY KEY,
    version_id  UUID         NOT NULL REFERENCES report_version (id),
    section     VARCHAR(40)  NOT NULL,
    content     TEXT         NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    updated_by  VARCHAR(200) NOT NULL,
    CONSTRAINT one_row_per_section UNIQUE (version_id, section)
);

-- Attachment bytes are stored once per checksum: a revision lists the same files without copying them.
CREATE TABLE attachment_content (
    sha256  CHAR(64) PRIMARY KEY,
    bytes   BYTEA    NOT NULL
);

CREATE TABLE report_attachment (
    id          UUID         PRIMARY KEY,
    version_id  UUID         NOT NULL REFERENCES report_version (id),
    filename    VARCHAR(255) NOT NULL,
    media_type  VARCHAR(100) NOT NULL,
    size        BIGINT       NOT NULL,
    sha256      CHAR(64)     NOT NULL REFERENCES attachment_content (sha256),
    uploaded_at TIMESTAMPTZ  NOT NULL,
    uploaded_by VARCHAR(200) NOT NULL
);
CREATE INDEX report_attachment_by_version ON report_attachment (version_id);
CREATE INDEX report_attachment_by_content ON report_attachment (sha256);

-- The report's audit trail: who did what to which version, when.
CREATE TABLE report_audit (
    id             BIGSERIAL    PRIMARY KEY,
    report_id      UUID         NOT NULL REFERENCES report (id),
    region_code    VARCHAR(20)  NOT NULL,
    version        INTEGER      NOT NULL,
    at             TIMESTAMPTZ  NOT NULL,
    actor_subject  VARCHAR(200) NOT NULL,
    actor_name     VARCHAR(200),
    actor_audience VARCHAR(20)  NOT NULL,
    action         VARCHAR(60)  NOT NULL,
    detail         TEXT         NOT NULL
);
CREATE INDEX report_audit_by_report ON report_audit (report_id, id);
