package nl.sto.reports.intake;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.problem.ProblemException;
import nl.sto.common.security.Caller;

/**
 * Files that belong to a report draft and become part of the version submitted: PDF, XLSX or DOCX, recognised by
 * content, up to {@link #MAX_SIZE} each, stored in the database with their SHA-256.
 */
@ApplicationScoped
public class AttachmentService {

    /** 20 MiB. */
    public static final long MAX_SIZE = 20L * 1024 * 1024;
    private static final int MAX_FILENAME = 255;

    public record Download(Attachment attachment, byte[] bytes) {
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

    @WithTransaction
    public Uni<Attachment> add(Caller actor, String regionCode, UUID reportId, String filename, byte[] bytes) {
        return reports.lock(regionCode, reportId).flatMap(report -> versions.currentDraft(report)
                .map(draft -> attachment(actor, draft, filename, bytes))
                .call(attachment -> attachments.storeContent(attachment.sha256, bytes))
                .call(attachment -> attachments.persist(attachment))
                .call(added -> history.record(actor, report, report.currentVersion, "attachment.added",
                        Map.of("attachmentId", added.id, "filename", added.filename, "size", added.size,
                                "sha256", added.sha256))));
    }

    /** Removes a file from the draft; a submitted version keeps its files (409). */
    @WithTransaction
    public Uni<Void> remove(Caller actor, String regionCode, UUID reportId, UUID attachmentId) {
        return reports.lock(regionCode, reportId).flatMap(report -> attachments.get(reportId, attachmentId)
                .call(attachment -> versions.currentDraft(report).invoke(draft -> {
                    if (!attachment.versionId.equals(draft.id)) {
                        throw ProblemException.conflict("This attachment belongs to a submitted version, which can "
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

    /** The name without any path a browser may send along; it is only shown, never used to find the type. */
    private static String checkedName(String filename) {
        String name = filename == null ? "" : filename.substring(Math.max(filename.lastIndexOf('/'),
                filename.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty()) {
            throw ProblemException.badRequest("file", "needs a file name");
        }
        if (name.length() > MAX_FILENAME || name.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.badRequest("file", "the file name must be at most " + MAX_FILENAME
                    + " printable characters");
        }
        return name;
    }

    /** The file as an attachment of the draft, if it is an accepted type (415 otherwise) within the size limit. */
    private Attachment attachment(Caller actor, ReportVersion draft, String filename, byte[] bytes) {
        checkSize(bytes.length);
        String name = checkedName(filename);
        FileType type = FileType.of(bytes).orElseThrow(() -> ProblemException.unsupportedMediaType(
                "The content of " + name + " is not a PDF, XLSX or DOCX file (whatever its name says)"));
        Attachment attachment = new Attachment();
        attachment.id = UUID.randomUUID();
        attachment.versionId = draft.id;
        attachment.filename = name;
        attachment.mediaType = type.mediaType();
        attachment.size = bytes.length;
        attachment.sha256 = Receipts.sha256(bytes);
        attachment.uploadedAt = OffsetDateTime.now(clock);
        attachment.uploadedBy = actor.name();
        return attachment;
    }
}
