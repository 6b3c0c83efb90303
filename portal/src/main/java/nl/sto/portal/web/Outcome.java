package nl.sto.portal.web;

import java.net.URI;
import java.util.Arrays;

import jakarta.ws.rs.core.UriBuilder;

/**
 * What a form of the portal just did, carried in the redirect after it ({@code ?done=contact-added}) so the page it
 * leads to can say so. Post/redirect/get: a reload then shows the page again instead of posting the form twice.
 */
public enum Outcome {
    NONE("", ""),
    REGION_REGISTERED("region-registered", "region"),
    PLAN_UPDATED("plan-updated", "plan"),
    REGION_CLOSED("region-closed", "region"),
    GRANT_AWARDED("grant-awarded", "money"),
    COFINANCING_STATED("cofinancing-stated", "commitment"),
    COFINANCING_CONFIRMED("cofinancing-confirmed", "commitment"),
    COFINANCING_WITHDRAWN("cofinancing-withdrawn", "commitment"),
    PARTNER_ADDED("partner-added", "partners"),
    PARTNER_REMOVED("partner-removed", "partners"),
    CONTACT_ADDED("contact-added", "contacts"),
    CONTACT_UPDATED("contact-updated", "contacts"),
    CONTACT_REMOVED("contact-removed", "contacts"),
    AMENDMENT_PUBLISHED("amendment-published", "regulation"),
    DRAFT_SAVED("draft-saved", "regulation"),
    REGULATION_PUBLISHED("regulation-published", "regulation"),
    DRAFT_DELETED("draft-deleted", "regulations"),
    REPORT_STARTED("report-started", "report"),
    SECTION_SAVED("section-saved", "sections"),
    ATTACHMENT_ADDED("attachment-added", "attachments"),
    ATTACHMENT_REMOVED("attachment-removed", "attachments"),
    REPORT_SUBMITTED("report-submitted", "submission"),
    REVISION_STARTED("revision-started", "report"),
    REPORT_REVIEWED("report-reviewed", "review"),
    REMINDERS_PAUSED("reminders-paused", "reminders"),
    REMINDERS_RESUMED("reminders-resumed", "reminders"),
    REMINDER_RESENT("reminder-resent", "reminders"),
    IMPORT_STARTED("import-started", "import"),
    SHIPPED_IMPORTED("shipped-imported", "imports"),
    SUBSCRIPTION_RESUMED("subscription-resumed", "subscription"),
    SUBSCRIPTION_DELETED("subscription-deleted", "subscriptions"),
    DELIVERY_RESENT("delivery-resent", "deliveries"),
    REPLAY_STARTED("replay-started", "replay");

    private final String code;
    private final String section;

    Outcome(String code, String section) {
        this.code = code;
        this.section = section;
    }

    /** The value of the {@code done} query parameter. */
    public String code() {
        return code;
    }

    /** The id of the page section whose top shows the message, and where the redirect scrolls to. */
    public String section() {
        return section;
    }

    /** Where a form that did this leads: the page at {@code path}, its message at (and scrolled to) its section. */
    public URI at(String path) {
        return UriBuilder.fromPath(path).queryParam("done", code).fragment(section).build();
    }

    public boolean shownIn(String sectionId) {
        return this != NONE && section.equals(sectionId);
    }

    /** Unknown or missing codes (an old bookmark, a typo) show no message rather than an error. */
    public static Outcome fromCode(String code) {
        return Arrays.stream(values()).filter(o -> o != NONE && o.code.equals(code)).findFirst().orElse(NONE);
    }
}
