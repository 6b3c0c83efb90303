-- A reminder's id is the name-based UUID of its idempotency key (obligation, step, recipient, deadline version), so
-- the primary key already keeps the key unique: ON CONFLICT (id) is what leaves a planned message alone. A unique
-- index of the keys themselves (long texts) cost as much to keep as the rest of the table's indexes together when an
-- amendment re-plans tens of thousands of obligations; the key stays, as proof of what the message was for.
ALTER TABLE reminder DROP CONSTRAINT reminder_idempotency_key_key;
