-- The timed steps of an obligation's schedule become reminder rows only when they are due. Until then the obligation
-- keeps the moment of its next step, and its schedule is computed from its due date: an amendment that moves tens of
-- thousands of dates then writes one row per obligation (and its date-moved messages), not one per step and contact.
-- Steps planned as rows before this version are sent as they are; their obligations have no next step to come.
ALTER TABLE obligation ADD COLUMN next_step_at TIMESTAMPTZ;
CREATE INDEX obligation_next_step ON obligation (next_step_at) WHERE next_step_at IS NOT NULL;

-- The index of V2 made every plan and cancel slower than the lookups it served; a contact's reminders are found
-- through its region instead.
DROP INDEX IF EXISTS reminder_of_contact;
