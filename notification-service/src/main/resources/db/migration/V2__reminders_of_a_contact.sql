-- A contact who is removed, changes address or language has what is still to be sent to them looked up by contact;
-- without this index that is a scan of every reminder of every region.
CREATE INDEX reminder_of_contact ON reminder (contact_id, status);
