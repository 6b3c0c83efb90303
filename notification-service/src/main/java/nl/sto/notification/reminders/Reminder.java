package nl.sto.notification.reminders;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One e-mail to one contact about one obligation: planned, then sent (or failed, cancelled, skipped). What was sent
 * stays provable: the deadline version, template version and a hash of the rendered message, with every attempt.
 */
@Entity
@Table(name = "reminder")
public class Reminder extends PanacheEntityBase {

    /** The name-based UUID of the idempotency key: unique as the key is, so nothing is planned or sent twice. */
    @Id
    public UUID id;

    /** obligation, step, recipient and deadline version. */
    @Column(name = "idempotency_key", nullable = false)
    public String idempotencyKey;

    @Column(name = "obligation_id", nullable = false)
    public UUID obligationId;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "contact_id", nullable = false)
    public String contactId;

    @Column(nullable = false)
    public String recipient;

    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public String step;

    /** A step of the schedule, which a later step that is also due makes superfluous. */
    @Column(nullable = false)
    public boolean timed;

    @Column(name = "before_due", nullable = false)
    public boolean beforeDue;

    @Column(name = "deadline_version", nullable = false)
    public int deadlineVersion;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "previous_due_date")
    public LocalDate previousDueDate;

    /** Why a date moved: the amendment's legal reference. */
    public String reason;

    @Column(name = "scheduled_for", nullable = false)
    public OffsetDateTime scheduledFor;

    @Convert(converter = ReminderStatusColumn.class)
    @Column(nullable = false)
    public ReminderStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;

    @Column(name = "first_attempt_at")
    public OffsetDateTime firstAttemptAt;

    @Column(name = "claimed_until")
    public OffsetDateTime claimedUntil;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    /** Why it failed, was cancelled or skipped. */
    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "template_version")
    public String templateVersion;

    /** SHA-256 of the message as rendered, to prove what was sent. */
    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "calendar_sequence")
    public Integer calendarSequence;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
