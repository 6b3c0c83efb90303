-- Every change to a region or to what hangs off it (memberships, grants, co-financing, contacts) gives the region a
-- new revision, in the same transaction, whoever makes the change. A reader that kept a region's details can tell
-- with one indexed lookup whether they are still current. Revisions come from a sequence, so a rolled-back
-- change's revision is never handed out again.
CREATE SEQUENCE region_revision;
ALTER TABLE region ADD COLUMN revision BIGINT NOT NULL DEFAULT nextval('region_revision');

CREATE FUNCTION region_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.revision IS NOT DISTINCT FROM OLD.revision THEN
        NEW.revision := nextval('region_revision');
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER region_changed BEFORE UPDATE ON region FOR EACH ROW EXECUTE FUNCTION region_changed();

CREATE FUNCTION region_part_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE region SET revision = nextval('region_revision') WHERE code = OLD.region_code;
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.region_code IS DISTINCT FROM OLD.region_code) THEN
        UPDATE region SET revision = nextval('region_revision') WHERE code = NEW.region_code;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER membership_changed AFTER INSERT OR UPDATE OR DELETE ON membership
    FOR EACH ROW EXECUTE FUNCTION region_part_changed();
CREATE TRIGGER grant_award_changed AFTER INSERT OR UPDATE OR DELETE ON grant_award
    FOR EACH ROW EXECUTE FUNCTION region_part_changed();
CREATE TRIGGER cofinancing_statement_changed AFTER INSERT OR UPDATE OR DELETE ON cofinancing_statement
    FOR EACH ROW EXECUTE FUNCTION region_part_changed();
CREATE TRIGGER contact_changed AFTER INSERT OR UPDATE OR DELETE ON contact
    FOR EACH ROW EXECUTE FUNCTION region_part_changed();
