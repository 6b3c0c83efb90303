-- Every replica keeps the access check's rows in memory (RegionAccessCache). Each change to a row, whoever makes
-- it (the event consumer of any replica, regions-service's own writes, an operator's SQL), tells every replica
-- which organisation and region to read again. PostgreSQL sends the notification at commit, never for a
-- rolled-back change, and sends a payload once per transaction however many rows share it.
CREATE FUNCTION notify_region_access_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM pg_notify('region_access_changed', OLD.organisation_code || '|' || OLD.region_code);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM pg_notify('region_access_changed', NEW.organisation_code || '|' || NEW.region_code);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER region_access_changed AFTER INSERT OR UPDATE OR DELETE ON region_access
    FOR EACH ROW EXECUTE FUNCTION notify_region_access_changed();
