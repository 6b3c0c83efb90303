package nl.sto.reports.intake;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.problem.ProblemException;

@ApplicationScoped
public class AttachmentRepository implements PanacheRepositoryBase<Attachment, UUID> {

    public Uni<List<Attachment>> ofVersion(UUID versionId) {
        return list("versionId = ?1 order by uploadedAt, filename", versionId);
    }

    /** The attachment of this version with this content, or null. */
    public Uni<Attachment> inVersion(UUID versionId, String sha256) {
        return find("versionId = ?1 and sha256 = ?2", versionId, sha256).firstResult();
    }

    /** An attachment of any version of the report; one of another report is unknown here. */
    public Uni<Attachment> get(UUID reportId, UUID attachmentId) {
        return find("id = ?1 and versionId in (select v.id from ReportVersion v where v.reportId = ?2)",
                attachmentId, reportId).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("The report has no attachment "
                        + attachmentId));
    }

    /**
     * Stores the bytes unless a file with the same checksum is stored already, also when another report's upload
     * of the same file stores them at the same moment.
     */
    public Uni<Void> storeContent(String sha256, byte[] bytes) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "INSERT INTO attachment_content (sha256, bytes) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, sha256).setParameter(2, bytes).executeUpdate()).replaceWithVoid();
    }

    public Uni<byte[]> content(String sha256) {
        return AttachmentContent.<AttachmentContent>findById(sha256).map(content -> content.bytes);
    }

    /** Drops bytes no attachment lists any more. */
    public Uni<Void> dropUnusedContent(String sha256) {
        return flush().chain(() -> AttachmentContent.delete(
                "sha256 = ?1 and not exists (select 1 from Attachment a where a.sha256 = ?1)", sha256))
                .replaceWithVoid();
    }
}
