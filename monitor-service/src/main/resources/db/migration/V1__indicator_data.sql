-- monitor-service: the open data the indicators are computed from (DUO, CBS), each import of it, and which school
-- locations belong to which STO region (from the partners regions-service announces).

-- Partners of the regions (sto.regions.v1 partner.joined / partner.left). A school partner is named by its board
-- (bevoegd gezag number), institution (BRIN) or location (BRIN + vestiging); the region's locations follow from it.
CREATE TABLE region_partner (
    membership_id   VARCHAR(100) PRIMARY KEY,
    region_code     VARCHAR(20)  NOT NULL,
    identifier_type VARCHAR(20)  NOT NULL CHECK (identifier_type IN ('BOARD', 'INSTITUTION', 'LOCATION', 'KVK')),
    identifier      VARCHAR(50)  NOT NULL,
    left_on         DATE
);
CREATE INDEX region_partner_of_region ON region_partner (region_code) WHERE left_on IS NULL;

-- School locations (DUO "Alle vestigingen vo"): which board and institution a location belongs to.
CREATE TABLE school_location (
    code         VARCHAR(6)   PRIMARY KEY CHECK (code ~ '^[0-9A-Z]{4}[0-9]{2}$'),
    brin         VARCHAR(4)   NOT NULL,
    board        VARCHAR(10),
    name         VARCHAR(200) NOT NULL,
    municipality VARCHAR(100),
    postcode     VARCHAR(7),
    structure    VARCHAR(100)
);
CREATE INDEX school_location_of_board ON school_location (board);
CREATE INDEX school_location_of_brin ON school_location (brin);

-- Students per school year, location, education type (with leerjaar) and programme (DUO "Leerlingen vo per
-- vestiging naar onderwijstype"), both sexes together; a count DUO suppressed ("<5") is NULL.
CREATE TABLE student_count (
    school_year    VARCHAR(9)   NOT NULL CHECK (school_year ~ '^[0-9]{4}-[0-9]{4}$'),
    location_code  VARCHAR(6)   NOT NULL CHECK (location_code ~ '^[0-9A-Z]{4}[0-9]{2}$'),
    education_type VARCHAR(60)  NOT NULL,
    -- BL, KL, GL or TL for the vmbo leerwegen in leerjaar 3-4; NULL for every other education type.
    leerweg        VARCHAR(2)   CHECK (leerweg IN ('BL', 'KL', 'GL', 'TL')),
    sector         VARCHAR(60)  NOT NULL,
    profile        VARCHAR(120) NOT NULL,
    element_code   VARCHAR(10)  NOT NULL,
    programme      VARCHAR(200) NOT NULL,
    year_1         INTEGER CHECK (year_1 >= 0),
    year_2         INTEGER CHECK (year_2 >= 0),
    year_3         INTEGER CHECK (year_3 >= 0),
    year_4         INTEGER CHECK (year_4 >= 0),
    year_5         INTEGER CHECK (year_5 >= 0),
    year_6         INTEGER CHECK (year_6 >= 0),
    PRIMARY KEY (school_year, location_code, education_type, element_code)
);
CREATE INDEX student_count_vmbo ON student_count (school_year, leerweg) WHERE leerweg IS NOT NULL;

-- Every import of a file: what it was, how far it got, and what it turned down.
CREATE TABLE import_run (
    id            UUID         PRIMARY KEY,
    kind          VARCHAR(30)  NOT NULL,
    file_name     VARCHAR(300) NOT NULL,
    school_year   VARCHAR(9),
    sha256        VARCHAR(64)  NOT NULL,
    status        VARCHAR(20)  NOT NULL CHECK (status IN ('running', 'done', 'unchanged', 'failed')),
    rows_read     INTEGER      NOT NULL DEFAULT 0,
    rows_accepted INTEGER      NOT NULL DEFAULT 0,
    rows_rejected INTEGER      NOT NULL DEFAULT 0,
    file_bytes    BIGINT       NOT NULL,
    -- Lines in the file (the header too): how far rows_read is, for a progress bar.
    file_lines    BIGINT       NOT NULL,
    started_by    VARCHAR(300) NOT NULL,
    started_at    TIMESTAMPTZ  NOT NULL,
    finished_at   TIMESTAMPTZ,
    error         TEXT
);
CREATE INDEX import_run_latest ON import_run (started_at DESC);
-- One import of a kind and school year at a time: a second waits its turn rather than interleave.
CREATE UNIQUE INDEX import_run_one_at_a_time ON import_run (kind, COALESCE(school_year, '')) WHERE status = 'running';

CREATE TABLE import_rejection (
    run_id UUID    NOT NULL REFERENCES import_run (id),
    line   BIGINT  NOT NULL,
    reason TEXT    NOT NULL,
    PRIMARY KEY (run_id, line)
);
