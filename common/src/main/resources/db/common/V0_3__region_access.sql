-- Who may act for which region: one row per partner membership, keyed by the organisation code that the
-- partner's logins carry. regions-service writes it with each membership change; every other service keeps it
-- from the partner events on sto.regions.v1.
CREATE TABLE region_access (
    membership_id     VARCHAR(64) PRIMARY KEY,
    organisation_code VARCHAR(20) NOT NULL,
    region_code       VARCHAR(20) NOT NULL,
    role              VARCHAR(20) NOT NULL,
    joined_on         DATE        NOT NULL,
    left_on           DATE
);
CREATE INDEX region_access_by_organisation ON region_access (organisation_code, region_code);
