package nl.sto.reports.intake;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.problem.FieldErrorCode;
import nl.sto.common.problem.ProblemException;

/**
 * Everything an upload must be before it is stored: at most {@link AttachmentService#MAX_SIZE} (413), a printable
 * name (400), a PDF, XLSX or DOCX by content (415), and safe to open (400 naming {@code file}, saying why): an XLSX
 * or DOCX no zip bomb ({@link OfficeArchiveCheck}), a PDF readable and without scripts ({@link PdfCheck}). Looking
 * inside the file takes a while for a large one, so it runs on a worker thread, never on the event loop.
 */
@ApplicationScoped
public class AttachmentCheck {

    private static final int MAX_FILENAME = 255;

    private final OfficeArchiveCheck archives;
    private final PdfCheck pdfs;
    private final Vertx vertx;

    public AttachmentCheck(AttachmentLimits limits, Vertx vertx) {
        long maxUnpacked = limits.maxUnpackedSize().asLongValue();
        this.archives = new OfficeArchiveCheck(limits.maxArchiveEntries(), maxUnpacked, limits.maxCompressionRatio());
        this.pdfs = new PdfCheck(maxUnpacked);
        this.vertx = vertx;
    }

    /** The upload as a file that may be stored, or a failure with the problem to answer. */
    public Uni<CheckedFile> check(String filename, byte[] bytes) {
        AttachmentService.checkSize(bytes.length);
        String name = checkedName(filename);
        FileType type = FileType.of(bytes).orElseThrow(() -> ProblemException.unsupportedMediaType(
                "The content of " + name + " is not a PDF, XLSX or DOCX file (whatever its name says)"));
        return vertx.executeBlocking(() -> {
            checkContent(type, bytes);
            return new CheckedFile(name, type, bytes, Receipts.sha256(bytes));
        }, false);
    }

    private void checkContent(FileType type, byte[] bytes) {
        switch (type) {
            case PDF -> pdfs.check(bytes);
            case XLSX, DOCX -> archives.check(bytes);
        }
    }

    /** The name without any path a browser may send along; it is only shown, never used to find the type. */
    private static String checkedName(String filename) {
        String name = filename == null ? "" : filename.substring(Math.max(filename.lastIndexOf('/'),
                filename.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty()) {
            throw ProblemException.badRequest("file", "needs a file name");
        }
        if (name.length() > MAX_FILENAME || name.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.badRequest("file", FieldErrorCode.TOO_LONG,
                    "the file name must be at most " + MAX_FILENAME
                    + " printable characters");
        }
        return name;
    }
}
