package nl.sto.portal.web;

/**
 * The error pages a person can meet when a service refuses or fails, or the portal refuses a request, with the HTTP
 * status the portal answers.
 */
public enum ErrorKind {
    /** The service said 403: the region (or the action) is not theirs. */
    FORBIDDEN(403),
    /** The service said 404: no such region, report or attachment. */
    NOT_FOUND(404),
    /** The service could not be reached at all. */
    UNAVAILABLE(503),
    /**
     * The portal itself refused a form post: it came without this browser's CSRF token, with a wrong one, or from
     * another site's page (nl.sto.portal.security.CrossSiteRequests).
     */
    REFUSED_REQUEST(403),
    /** An address the portal has no page for. */
    NO_SUCH_PAGE(404),
    /** Anything else the service answered that the page cannot deal with. */
    FAILED(502),
    /** A fault of the portal itself (logged with its cause). */
    PORTAL_FAULT(500);

    private final int status;

    ErrorKind(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    static ErrorKind ofServiceStatus(int status) {
        return switch (status) {
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 502, 503, 504 -> UNAVAILABLE;
            default -> FAILED;
        };
    }
}
