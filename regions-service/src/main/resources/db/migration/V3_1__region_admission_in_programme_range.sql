-- A region is admitted between 2000-01-01 and 2100-12-31 (the API says so with @ProgrammeDate); the database holds
-- to it too, so that no other way in (an operator's SQL, a future import) stores a date such as +99999-01-01 that
-- would give the region obligations due before its admission.
ALTER TABLE region ADD CONSTRAINT region_admitted_in_programme_range
    CHECK (admitted_on BETWEEN DATE '2000-01-01' AND DATE '2100-12-31');
