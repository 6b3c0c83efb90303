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

import nl.sto.contracts.regulation.Names;

/** An obligation of a region as the reminders see it: its kind, its current due date and how far the region is. */
@Entity
@Table(name = "obligation")
public class TrackedObligation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "regulation_id", nullable = false)
    public String regulationId;

    @Column(nullable = false)
    public String kind;

    @Column(name = "name_nl", nullable = false)
    public String nameNl;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    /** A report is written for it; otherwise a milestone without overdue notices. */
    @Column(nullable = false)
    public boolean report;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    /** The regulation version that set the current due date. */
    @Column(name = "deadline_version", nullable = false)
    public int deadlineVersion;

    @Column(name = "legal_reference")
    public String legalReference;

    @Convert(converter = ObligationStateColumn.class)
    @Column(nullable = false)
    public ObligationState state;

    @Column(name = "calendar_sequence", nullable = false)
    public int calendarSequence;

    /**
     * When the next step of its schedule is due, or null when none is to come (the date passed, the report is in, the
     * region left). The steps from here on are computed from the due date; they become reminders when due.
     */
    @Column(name = "next_step_at")
    public OffsetDateTime nextStepAt;

    /**
     * The due date before a move whose message to the contacts is still to be written (its next step is due then);
     * null when there is none.
     */
    @Column(name = "moved_from")
    public LocalDate movedFrom;

    public Names names() {
        return new Names(nameNl, nameEn);
    }
}
