CREATE TABLE region (
    code          VARCHAR(20)  PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    registered_at TIMESTAMPTZ  NOT NULL,
    registered_by VARCHAR(200) NOT NULL
);
