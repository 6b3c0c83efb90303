package nl.sto.monitor.webhooks;

import java.time.Instant;

/**
 * How one attempt went: the receiver's HTTP status, or what went wrong before it answered; with its
 * {@code Retry-After} header, when it sent one.
 */
record Sent(Outgoing outgoing, Instant at, Integer httpStatus, String error, int durationMs, String retryAfter) {

    private static final int MAX_ERROR = 1000;

    static Sent answered(Outgoing outgoing, Instant at, int status, int durationMs, String retryAfter) {
        return new Sent(outgoing, at, status, null, durationMs, retryAfter);
    }

    static Sent failed(Outgoing outgoing, Instant at, String error, int durationMs) {
        String said = error == null || error.isBlank() ? "the delivery failed" : error;
        return new Sent(outgoing, at, null, said.length() > MAX_ERROR ? said.substring(0, MAX_ERROR) : said,
                durationMs, null);
    }

    /** Only a 2xx is a delivery: a redirect is not followed, and counts as a failure. */
    boolean delivered() {
        return httpStatus != null && httpStatus >= 200 && httpStatus < 300;
    }

    /** 410 Gone: the receiver asks for no more deliveries. */
    boolean gone() {
        return httpStatus != null && httpStatus == 410;
    }

    /** For people: {@code HTTP 500}, or what went wrong. */
    String outcome() {
        return httpStatus != null ? "HTTP " + httpStatus : error;
    }

    /** 429 and 503 may say when to come back. */
    Instant retryAfter(Instant now) {
        return httpStatus != null && (httpStatus == 429 || httpStatus == 503)
                ? RetrySchedule.retryAfter(retryAfter, now) : null;
    }
}
