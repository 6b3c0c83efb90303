package nl.sto.reports.obligations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One move of an obligation's due date, and the regulation version (its legal reference) that made it. */
@Entity
@Table(name = "obligation_change")
public class ObligationChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "obligation_id", nullable = false)
    public UUID obligationId;

    @Column(name = "from_date", nullable = false)
    public LocalDate fromDate;

    @Column(name = "to_date", nullable = false)
    public LocalDate toDate;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public String reason;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;
}
