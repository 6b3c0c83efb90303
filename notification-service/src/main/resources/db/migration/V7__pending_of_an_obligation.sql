-- What an obligation still has to send, found without visiting what it sent: an amendment cancels the pending
-- reminders of tens of thousands of obligations at once, and each probe through reminder_of_obligation read every
-- reminder the obligation ever had (sent, cancelled) to filter on its status. Few reminders are pending at any time,
-- so this index stays small.
CREATE INDEX reminder_pending_of_obligation ON reminder (obligation_id)
    WHERE status IN ('scheduled', 'temporary-failure');
