package nl.sto.common.rest;

import nl.sto.common.problem.FieldErrorCode;
import nl.sto.common.problem.ProblemException;

/**
 * Optimistic concurrency over HTTP: a resource's revision is its ETag, and a write names the revision it edited in
 * {@code If-Match}. A write without it would overwrite blindly, so it is refused; a write of an older revision is a
 * conflict, never a silent overwrite of what someone else saved in between.
 */
public final class ETags {

    public static final String IF_MATCH = "If-Match";

    private ETags() {
    }

    /** The ETag of a revision: the number in quotes. */
    public static String of(long revision) {
        return "\"" + revision + "\"";
    }

    /** Fails with 400 when {@code If-Match} is missing or not one of our ETags, 409 when it is not the current one. */
    public static void requireCurrent(String ifMatch, long current, String what) {
        long edited = revisionIn(ifMatch);
        if (edited != current) {
            throw ProblemException.conflict("Someone else saved " + what + " in the meantime (you edited revision "
                    + edited + ", it is now at " + current + "); reload it and apply your change again");
        }
    }

    private static long revisionIn(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.badRequest(IF_MATCH, FieldErrorCode.REQUIRED,
                    "is required: send the ETag of the revision you edited");
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        try {
            return Long.parseLong(tag.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(IF_MATCH, "is not an ETag of this resource: " + ifMatch);
        }
    }
}
