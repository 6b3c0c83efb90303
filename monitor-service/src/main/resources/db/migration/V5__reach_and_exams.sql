-- monitor-service: what the reachability, exam and flow-through indicators are computed from.

-- Where a school location is (geocoded DUO location lists); a location without a known position cannot be reached.
CREATE TABLE location_position (
    code      VARCHAR(6)       PRIMARY KEY CHECK (code ~ '^[0-9A-Z]{4}[0-9]{2}$'),
    latitude  DOUBLE PRECISION NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude DOUBLE PRECISION NOT NULL CHECK (longitude BETWEEN -180 AND 180)
);

-- Population per 4-digit postcode area (CBS), with the area's centroid; a count CBS did not publish is NULL.
CREATE TABLE postcode_area (
    pc4         CHAR(4)          PRIMARY KEY CHECK (pc4 ~ '^[1-9][0-9]{3}$'),
    inhabitants INTEGER          CHECK (inhabitants >= 0),
    age_15_24   INTEGER          CHECK (age_15_24 >= 0),
    latitude    DOUBLE PRECISION CHECK (latitude BETWEEN -90 AND 90),
    longitude   DOUBLE PRECISION CHECK (longitude BETWEEN -180 AND 180)
);

-- Per school year and postcode area with young people and a centroid: the nearest location with year-3 or 4 BL or
-- KL students (the area counts for the regions of that location), and whether a location offering a technical BL,
-- resp. KL programme is within reach. Derived from the three tables above and student_count at each import.
CREATE TABLE postcode_reach (
    school_year   VARCHAR(9)       NOT NULL CHECK (school_year ~ '^[0-9]{4}-[0-9]{4}$'),
    pc4           CHAR(4)          NOT NULL,
    young         INTEGER          NOT NULL CHECK (young >= 0),
    location_code VARCHAR(6)       NOT NULL,
    distance_km   DOUBLE PRECISION NOT NULL CHECK (distance_km >= 0),
    reaches_bl    BOOLEAN          NOT NULL,
    reaches_kl    BOOLEAN          NOT NULL,
    PRIMARY KEY (school_year, pc4)
);
CREATE INDEX postcode_reach_of_location ON postcode_reach (school_year, location_code);

-- Exam candidates and those who passed, per school year, location and programme (DUO "Examenkandidaten en
-- geslaagden"); a count DUO suppressed ("<5") is NULL.
CREATE TABLE exam_result (
    school_year    VARCHAR(9)   NOT NULL CHECK (school_year ~ '^[0-9]{4}-[0-9]{4}$'),
    location_code  VARCHAR(6)   NOT NULL CHECK (location_code ~ '^[0-9A-Z]{4}[0-9]{2}$'),
    education_type VARCHAR(20)  NOT NULL,
    programme      VARCHAR(200) NOT NULL,
    -- BL, KL, GL, TL for a vmbo programme (the leerwerktraject LWT counts with BL); NULL for havo and vwo.
    leerweg        VARCHAR(2)   CHECK (leerweg IN ('BL', 'KL', 'GL', 'TL')),
    -- The vmbo sector the programme is named after (techniek, economie, ...), lower case; NULL when it names none.
    sector         VARCHAR(40),
    candidates     INTEGER      CHECK (candidates >= 0),
    passed         INTEGER      CHECK (passed >= 0 AND passed <= candidates),
    PRIMARY KEY (school_year, location_code, programme)
);
CREATE INDEX exam_result_vmbo ON exam_result (school_year, leerweg) WHERE leerweg IS NOT NULL;

-- Flow-through from vmbo to technical mbo, per school year, location and leerweg, as uploaded by the monitor team
-- (no open data holds it): diplomas of that school year and of those, who started a technical mbo programme.
CREATE TABLE flow_through (
    school_year      VARCHAR(9)  NOT NULL CHECK (school_year ~ '^[0-9]{4}-[0-9]{4}$'),
    location_code    VARCHAR(6)  NOT NULL CHECK (location_code ~ '^[0-9A-Z]{4}[0-9]{2}$'),
    leerweg          VARCHAR(2)  NOT NULL CHECK (leerweg IN ('BL', 'KL', 'GL', 'TL')),
    graduates        INTEGER     NOT NULL CHECK (graduates >= 0),
    to_technical_mbo INTEGER     NOT NULL CHECK (to_technical_mbo >= 0 AND to_technical_mbo <= graduates),
    PRIMARY KEY (school_year, location_code, leerweg)
);
