-- Before every batch it sends, the dispatcher records as skipped the due steps that are of no more use: steps
-- overtaken by a later one, and steps whose due date has passed. Through reminder_due both statements read every due
-- reminder, tens of thousands while an amendment's date-moved messages go out, which are neither timed nor of use only
-- before the due date. These indexes hold only the rows each statement can change.
CREATE INDEX reminder_scheduled_timed ON reminder (next_attempt_at)
    WHERE status = 'scheduled' AND timed;
CREATE INDEX reminder_scheduled_before_due ON reminder (due_date)
    WHERE status = 'scheduled' AND before_due;
