-- Every replica remembers in memory which regions it knows (KnownRegionRepository). Regions are only removed by
-- hand (an operator, a benchmark cleaning up); each removal tells every replica to forget the code.
CREATE FUNCTION notify_known_region_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('known_region_removed', OLD.code);
    RETURN NULL;
END $$;

CREATE TRIGGER known_region_removed AFTER DELETE ON known_region
    FOR EACH ROW EXECUTE FUNCTION notify_known_region_removed();
