package nl.sto.monitor.imports;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One import of a file, as it goes: read, accepted and rejected rows (with the first rejections' lines and reasons)
 * and how far it is.
 */
public record ImportRun(UUID id, String kind, String fileName, String schoolYear, String status, long rowsRead,
        long rowsAccepted, long rowsRejected, long fileBytes, long fileLines, String startedBy,
        OffsetDateTime startedAt, OffsetDateTime finishedAt, String error, List<Rejection> rejections) {

    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String UNCHANGED = "unchanged";
    public static final String FAILED = "failed";

    /** How far the import is, 0-100: rows read against the lines of the file. */
    @JsonProperty
    public int percent() {
        if (!RUNNING.equals(status)) {
            return 100;
        }
        long rows = Math.max(1, fileLines - 1);
        return (int) Math.min(99, rowsRead * 100 / rows);
    }

    public record Rejection(long line, String reason) {
    }
}
