-- The message that an obligation's date moved is written, like the timed steps, when it is due: the amendment only
-- records the date it moved from and makes the obligation's next step due at once. An amendment that moves tens of
-- thousands of dates then writes one row per obligation, and the messages follow within a dispatch round, to the
-- region's contacts of that moment. A second move before the message is written keeps the first date: one message
-- says "from the first date to the last".
ALTER TABLE obligation ADD COLUMN moved_from DATE;
