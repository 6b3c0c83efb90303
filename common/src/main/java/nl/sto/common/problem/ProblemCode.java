package nl.sto.common.problem;

/**
 * Why a step was refused when no field is to blame (the record is in a state that does not allow it), as a stable code
 * beside the English {@code detail} of a {@link Problem}: a client words it in its own language, with the values the
 * detail names in the problem's {@code params} under the names given here.
 */
public final class ProblemCode {

    /** The report's {@code version} is no longer a draft but {@code status} (SUBMITTED, RETURNED, ACCEPTED). */
    public static final String NOT_A_DRAFT = "not-a-draft";
    /** Only a submitted version is reviewed; {@code version} is {@code status}. */
    public static final String NOT_SUBMITTED = "not-submitted";
    /** Only a returned report is revised; this one is {@code status}. */
    public static final String NOT_RETURNED = "not-returned";
    /** The obligation's report was started already. */
    public static final String ALREADY_STARTED = "already-started";
    /** The attachment belongs to a submitted version. */
    public static final String ATTACHMENT_SUBMITTED = "attachment-submitted";
    /** The regulation is a draft: it is changed itself, not amended. */
    public static final String REGULATION_DRAFT = "regulation-draft";
    /** The region is closed since {@code closedOn}. */
    public static final String REGION_CLOSED = "region-closed";

    private ProblemCode() {
    }
}
