package nl.sto.reports.intake;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The file types a report may carry, recognised by their content, never by name: a PDF starts with {@code %PDF-};
 * XLSX and DOCX are ZIP archives whose entries lie under {@code xl/} resp. {@code word/}. The ZIP's central directory
 * is read from the bytes without inflating anything, so an archive bomb costs nothing.
 */
public enum FileType {
    PDF("application/pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final int ZIP_LOCAL_HEADER = 0x04034b50;
    private static final int ZIP_END_OF_DIRECTORY = 0x06054b50;
    private static final int ZIP_DIRECTORY_ENTRY = 0x02014b50;
    private static final int END_OF_DIRECTORY_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;

    private final String mediaType;

    FileType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type of these bytes, or empty when they are none of the accepted types. */
    public static Optional<FileType> of(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (content.length >= 4 && littleEndian(content).getInt(0) == ZIP_LOCAL_HEADER) {
            return officeArchive(content);
        }
        return Optional.empty();
    }

    private static Optional<FileType> officeArchive(byte[] zip) {
        ByteBuffer bytes = littleEndian(zip);
        int end = endOfDirectory(bytes);
        if (end < 0) {
            return Optional.empty();
        }
        int entries = Short.toUnsignedInt(bytes.getShort(end + 10));
        long offset = Integer.toUnsignedLong(bytes.getInt(end + 16));
        boolean word = false;
        boolean excel = false;
        for (int i = 0; i < entries; i++) {
            if (offset + 46 > zip.length || bytes.getInt((int) offset) != ZIP_DIRECTORY_ENTRY) {
                return Optional.empty();
            }
            int nameLength = Short.toUnsignedInt(bytes.getShort((int) offset + 28));
            int extraLength = Short.toUnsignedInt(bytes.getShort((int) offset + 30));
            int commentLength = Short.toUnsignedInt(bytes.getShort((int) offset + 32));
            if (offset + 46 + nameLength > zip.length) {
                return Optional.empty();
            }
            String name = new String(zip, (int) offset + 46, nameLength, StandardCharsets.UTF_8);
            word |= name.startsWith("word/");
            excel |= name.startsWith("xl/");
            offset += 46L + nameLength + extraLength + commentLength;
        }
        if (word == excel) {
            return Optional.empty();
        }
        return Optional.of(word ? DOCX : XLSX);
    }

    /** The end-of-central-directory record sits at the very end, before an archive comment of up to 64 KiB. */
    private static int endOfDirectory(ByteBuffer bytes) {
        int last = bytes.limit() - END_OF_DIRECTORY_SIZE;
        int first = Math.max(0, last - MAX_COMMENT);
        for (int at = last; at >= first; at--) {
            if (bytes.getInt(at) == ZIP_END_OF_DIRECTORY) {
                return at;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static ByteBuffer littleEndian(byte[] content) {
        return ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
    }
}
