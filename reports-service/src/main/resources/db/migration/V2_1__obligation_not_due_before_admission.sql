-- An obligation is never due before its region was admitted: the admission day is kept with each obligation, and
-- the database holds the rule for every way in (creation on admission, an amendment's set-based re-dating, an
-- operator's SQL). Obligations created before this column existed have no admission day recorded (NULL).
ALTER TABLE obligation ADD COLUMN admitted_on DATE;
ALTER TABLE obligation ADD CONSTRAINT obligation_not_due_before_admission
    CHECK (admitted_on IS NULL OR due_date >= admitted_on);
CREATE INDEX obligation_by_kind_and_admission ON obligation (kind, admitted_on) WHERE admitted_on IS NOT NULL;
