package nl.sto.reports.intake;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.problem.ProblemCode;
import nl.sto.common.problem.ProblemException;
import nl.sto.common.security.Caller;

/**
 * Files that belong to a report draft and become part of the version submitted: PDF, XLSX or DOCX, recognised by
 * content and checked by {@link AttachmentCheck}, up to {@link #MAX_SIZE} each, stored in the database with their
 * SHA-256, once per draft.
 */
@ApplicationScoped
public class AttachmentService {

    /** 20 MiB. */
    public static final long MAX_SIZE = 20L * 1024 * 1024;

    public record Download(Attachment attachment, byte[] bytes) {
    }

    /** The attachment an upload resulted in, and whether it is new or was there already with the same content. */
    public record Added(Attachment attachment, boolean created) {
    }

    private final ReportRepository reports;
    private final ReportVersionRepository versions;
    private final AttachmentRepository attachments;
    private final ReportHistory history;
    private final Clock clock;

    public AttachmentService(ReportRepository reports, ReportVersionRepository versions,
            AttachmentRepository attachments, ReportHistory history, Clock clock) {
        this.reports = reports;
        this.versions = versions;
        this.attachments = attachments;
        this.history = history;
        this.clock = clock;
    }

    /** 413 when larger than {@link #MAX_SIZE}: checked before the bytes are read at all. */
    public static void checkSize(long size) {
        if (size > MAX_SIZE) {
            throw ProblemException.payloadTooLarge("An attachment may be at most " + MAX_SIZE + " bytes (20 MB); "
                    + "this one has " + size);
        }
    }

    /**
     * Adds a checked file to the report's draft. The same content (by SHA-256) uploaded again to the same draft is not
     * stored twice: the attachment already there is the answer. The report's lock makes a second upload wait for the
     * first, and a unique constraint backs that up.
     */
    @WithTransaction
    public Uni<Added> add(Caller actor, String regionCode, UUID reportId, CheckedFile file) {
        return reports.lock(regionCode, reportId).flatMap(report -> versions.currentDraft(report)
                .flatMap(draft -> attachments.inVersion(draft.id, file.sha256())
                        .flatMap(existing -> existing != null
                                ? Uni.createFrom().item(new Added(existing, false))
                                : store(actor, report, draft, file).map(stored -> new Added(stored, true)))));
    }

    private Uni<Attachment> store(Caller actor, Report report, ReportVersion draft, CheckedFile file) {
        return Uni.createFrom().item(attachment(actor, draft, file))
                .call(attachment -> attachments.storeContent(attachment.sha256, file.bytes()))
                .call(attachment -> attachments.persist(attachment))
                .call(added -> history.record(actor, report, report.currentVersion, "attachment.added",
                        Map.of("attachmentId", added.id, "filename", added.filename, "size", added.size,
                                "sha256", added.sha256)));
    }

    /** Removes a file from the draft; a submitted version keeps its files (409). */
    @WithTransaction
    public Uni<Void> remove(Caller actor, String regionCode, UUID reportId, UUID attachmentId) {
        return reports.lock(regionCode, reportId).flatMap(report -> attachments.get(reportId, attachmentId)
                .call(attachment -> versions.currentDraft(report).invoke(draft -> {
                    if (!attachment.versionId.equals(draft.id)) {
                        throw ProblemException.stateConflict(ProblemCode.ATTACHMENT_SUBMITTED, Map.of(),
                                "This attachment belongs to a submitted version, which can "
                                + "no longer be changed");
                    }
                }))
                .call(attachment -> attachments.delete(attachment))
                .call(attachment -> attachments.dropUnusedContent(attachment.sha256))
                .call(attachment -> history.record(actor, report, report.currentVersion, "attachment.removed",
                        Map.of("attachmentId", attachment.id, "filename", attachment.filename)))
                .replaceWithVoid());
    }

    @WithSession
    public Uni<Download> download(String regionCode, UUID reportId, UUID attachmentId) {
        return reports.get(regionCode, reportId)
                .flatMap(report -> attachments.get(reportId, attachmentId))
                .flatMap(attachment -> attachments.content(attachment.sha256)
                        .map(bytes -> new Download(attachment, bytes)));
    }

    private Attachment attachment(Caller actor, ReportVersion draft, CheckedFile file) {
        Attachment attachment = new Attachment();
        attachment.id = UUID.randomUUID();
        attachment.versionId = draft.id;
        attachment.filename = file.name();
        attachment.mediaType = file.type().mediaType();
        attachment.size = file.bytes().length;
        attachment.sha256 = file.sha256();
        attachment.uploadedAt = OffsetDateTime.now(clock);
        attachment.uploadedBy = actor.name();
        return attachment;
    }
}
