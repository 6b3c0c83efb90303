package nl.sto.reports.intake;

/** An upload that passed {@link AttachmentCheck}: its name as shown, its type by content, its bytes and SHA-256. */
public record CheckedFile(String name, FileType type, byte[] bytes, String sha256) {
}
