-- The same file (by SHA-256) is listed at most once per report version: uploading it again answers with the
-- attachment already there. Copies uploaded before this rule are dropped, keeping the first upload of each file;
-- the audit trail still records every upload.
DELETE FROM report_attachment later
USING report_attachment earlier
WHERE later.version_id = earlier.version_id
  AND later.sha256 = earlier.sha256
  AND (later.uploaded_at, later.id) > (earlier.uploaded_at, earlier.id);

ALTER TABLE report_attachment
    ADD CONSTRAINT one_attachment_per_file UNIQUE (version_id, sha256);

-- The unique constraint's index starts with version_id, so it serves the lookups by version too.
DROP INDEX report_attachment_by_version;
