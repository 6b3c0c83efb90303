package nl.sto.contracts;

/** CloudEvent {@code type} values. The version suffix changes only with an incompatible payload. */
public final class EventTypes {
    public static final String REGION_REGISTERED = "nl.sto.region.registered.v1";
    public static final String REGION_ADMITTED = "nl.sto.region.admitted.v1";
    public static final String REGION_UPDATED = "nl.sto.region.updated.v1";
    public static final String REGION_CLOSED = "nl.sto.region.closed.v1";
    public static final String PARTNER_JOINED = "nl.sto.partner.joined.v1";
    public static final String PARTNER_LEFT = "nl.sto.partner.left.v1";
    public static final String CONTACT_CHANGED = "nl.sto.contact.changed.v1";
    public static final String GRANT_AWARDED = "nl.sto.grant.awarded.v1";
    public static final String COFINANCING_CONFIRMED = "nl.sto.cofinancing.confirmed.v1";

    public static final String REGULATION_PUBLISHED = "nl.sto.regulation.published.v1";
    public static final String AMENDMENT_PUBLISHED = "nl.sto.amendment.published.v1";
    public static final String OBLIGATION_CREATED = "nl.sto.obligation.created.v1";
    public static final String DEADLINE_CHANGED = "nl.sto.deadline.changed.v1";

    public static final String REPORT_DRAFT_STARTED = "nl.sto.report.draft-started.v1";
    public static final String REPORT_SUBMITTED = "nl.sto.report.submitted.v1";
    public static final String REPORT_RESUBMITTED = "nl.sto.report.resubmitted.v1";
    public static final String REPORT_RETURNED = "nl.sto.report.returned.v1";
    public static final String REPORT_ACCEPTED = "nl.sto.report.accepted.v1";
    public static final String OBLIGATION_OVERDUE = "nl.sto.obligation.overdue.v1";

    public static final String REMINDER_SENT = "nl.sto.reminder.sent.v1";
    public static final String REMINDER_FAILED = "nl.sto.reminder.failed.v1";
    public static final String REMINDER_CANCELLED = "nl.sto.reminder.cancelled.v1";

    public static final String SUBSCRIPTION_PAUSED = "nl.sto.monitor.subscription-paused.v1";

    private EventTypes() {
    }
}
