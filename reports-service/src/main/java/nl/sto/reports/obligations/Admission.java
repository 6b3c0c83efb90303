package nl.sto.reports.obligations;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A region's admission to the programme, as regions-service announced it; recorded once. */
@Entity
@Table(name = "admission")
public class Admission extends PanacheEntityBase {

    @Id
    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "admitted_on", nullable = false)
    public LocalDate admittedOn;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
