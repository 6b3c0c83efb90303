-- The monitor team's event log: the report, regulation and notification events in one order, read as JSON and as a
-- live stream. Positions run 1, 2, 3 ... without gaps and become visible strictly in order: the inserting
-- transaction takes a transaction-scoped advisory lock before it reads the highest position, so transactions of all
-- consumers and replicas append one after another (see EventLogAppender). A reader that has seen position N never
-- meets a new row below N later, which is what lets a subscriber resume after the last position it received.
CREATE TABLE event_log (
    position  BIGINT       PRIMARY KEY CHECK (position > 0),
    event_id  VARCHAR(200) NOT NULL UNIQUE,
    type      VARCHAR(200) NOT NULL,
    source    VARCHAR(500) NOT NULL,
    -- The region code that the producers put in the CloudEvent's subject.
    subject   VARCHAR(200),
    -- The CloudEvent's time; when the event does not say, when it was logged.
    time      TIMESTAMPTZ  NOT NULL,
    data      JSONB,
    logged_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX event_log_by_time ON event_log (time, position);
CREATE INDEX event_log_by_type ON event_log (type, position);
CREATE INDEX event_log_by_subject ON event_log (subject, position);

-- Every replica keeps its live subscribers current from memory (EventLogTail): each insert tells every replica the
-- highest position it added. PostgreSQL sends the notification at commit, never for a rolled-back insert, and once
-- per statement however many events it appended.
CREATE FUNCTION notify_event_log_appended() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last_position BIGINT;
BEGIN
    SELECT max(position) INTO last_position FROM appended;
    IF last_position IS NOT NULL THEN
        PERFORM pg_notify('event_log_appended', last_position::text);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER event_log_appended AFTER INSERT ON event_log REFERENCING NEW TABLE AS appended
    FOR EACH STATEMENT EXECUTE FUNCTION notify_event_log_appended();
