package nl.sto.reports.intake;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an uploaded file, stored once per SHA-256 however many versions list it. */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent extends PanacheEntityBase {

    @Id
    public String sha256;

    @Column(nullable = false)
    public byte[] bytes;
}
