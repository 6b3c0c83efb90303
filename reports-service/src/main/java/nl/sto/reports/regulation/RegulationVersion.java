package nl.sto.reports.regulation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of the regulation: its legal source and the full set of deadlines in force from its effective date. */
@Entity
@Table(name = "regulation_version")
public class RegulationVersion extends PanacheEntityBase {

    @Id
    public int number;

    @Column(name = "legal_reference", nullable = false)
    public String legalReference;

    @Column(nullable = false)
    public String title;

    @Column(name = "published_on", nullable = false)
    public LocalDate publishedOn;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    @Column(name = "source_note", nullable = false)
    public String sourceNote;

    @Column(name = "progress_report_1", nullable = false)
    public LocalDate progressReport1;

    @Column(name = "progress_report_2", nullable = false)
    public LocalDate progressReport2;

    @Column(name = "final_report", nullable = false)
    public LocalDate finalReport;

    @Column(name = "spending_period_end", nullable = false)
    public LocalDate spendingPeriodEnd;

    @Column(name = "published_at", nullable = false)
    public OffsetDateTime publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    public Deadlines deadlines() {
        return new Deadlines(progressReport1, progressReport2, finalReport, spendingPeriodEnd);
    }

    void setDeadlines(Deadlines deadlines) {
        progressReport1 = deadlines.progressReport1();
        progressReport2 = deadlines.progressReport2();
        finalReport = deadlines.finalReport();
        spendingPeriodEnd = deadlines.spendingPeriodEnd();
    }
}
