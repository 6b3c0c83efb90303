-- The local projection of the regions that regions-service registered (sto.regions.v1).
CREATE TABLE known_region (
    code          VARCHAR(20)  PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    registered_at TIMESTAMPTZ  NOT NULL
);
