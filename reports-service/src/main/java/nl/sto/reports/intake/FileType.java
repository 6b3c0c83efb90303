package nl.sto.reports.intake;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The file types a report may carry, recognised by their content, never by name: a PDF starts with {@code %PDF-};
 * XLSX and DOCX are ZIP archives with a {@code [Content_Types].xml} and entries under {@code xl/} resp.
 * {@code word/}. Recognising the type inflates nothing; whether the content is safe is for {@link PdfCheck} and
 * {@link OfficeArchiveCheck}.
 */
public enum FileType {
    PDF("application/pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private final String mediaType;

    FileType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type of these bytes, or empty when they are none of the accepted types. */
    public static Optional<FileType> of(byte[] content) {
        if (content.length >= PDF_MAGIC.length
                && Arrays.equals(content, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
            return Optional.of(PDF);
        }
        if (ZipDirectory.looksLikeZip(content)) {
            return ZipDirectory.names(content).flatMap(FileType::officeType);
        }
        return Optional.empty();
    }

    private static Optional<FileType> officeType(List<String> names) {
        boolean word = names.stream().anyMatch(name -> name.startsWith("word/"));
        boolean excel = names.stream().anyMatch(name -> name.startsWith("xl/"));
        if (!names.contains(CONTENT_TYPES) || word == excel) {
            return Optional.empty();
        }
        return Optional.of(word ? DOCX : XLSX);
    }
}
