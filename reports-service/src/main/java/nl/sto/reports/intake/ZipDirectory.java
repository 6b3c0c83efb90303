package nl.sto.reports.intake;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The entry names a ZIP archive's central directory lists: what Excel and Word see when they open it. Read from the
 * bytes without inflating anything.
 */
final class ZipDirectory {

    static final int LOCAL_HEADER = 0x04034b50;
    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;
    private static final int END_OF_DIRECTORY_SIZE = 22;
    private static final int DIRECTORY_ENTRY_SIZE = 46;
    private static final int MAX_COMMENT = 0xFFFF;

    private ZipDirectory() {
    }

    static boolean looksLikeZip(byte[] content) {
        return content.length >= 4 && littleEndian(content).getInt(0) == LOCAL_HEADER;
    }

    /** The names in directory order, or empty when there is no readable central directory. */
    static Optional<List<String>> names(byte[] zip) {
        ByteBuffer bytes = littleEndian(zip);
        int end = endOfDirectory(bytes);
        if (end < 0) {
            return Optional.empty();
        }
        int entries = Short.toUnsignedInt(bytes.getShort(end + 10));
        long offset = Integer.toUnsignedLong(bytes.getInt(end + 16));
        List<String> names = new ArrayList<>(entries);
        for (int i = 0; i < entries; i++) {
            if (offset + DIRECTORY_ENTRY_SIZE > zip.length || bytes.getInt((int) offset) != DIRECTORY_ENTRY) {
                return Optional.empty();
            }
            int nameLength = Short.toUnsignedInt(bytes.getShort((int) offset + 28));
            int extraLength = Short.toUnsignedInt(bytes.getShort((int) offset + 30));
            int commentLength = Short.toUnsignedInt(bytes.getShort((int) offset + 32));
            if (offset + DIRECTORY_ENTRY_SIZE + nameLength > zip.length) {
                return Optional.empty();
            }
            names.add(new String(zip, (int) offset + DIRECTORY_ENTRY_SIZE, nameLength, StandardCharsets.UTF_8));
            offset += DIRECTORY_ENTRY_SIZE + nameLength + extraLength + commentLength;
        }
        return Optional.of(names);
    }

    /** The end-of-central-directory record sits at the very end, before an archive comment of up to 64 KiB. */
    private static int endOfDirectory(ByteBuffer bytes) {
        int last = bytes.limit() - END_OF_DIRECTORY_SIZE;
        int first = Math.max(0, last - MAX_COMMENT);
        for (int at = last; at >= first; at--) {
            if (bytes.getInt(at) == END_OF_DIRECTORY) {
                return at;
            }
        }
        return -1;
    }

    private static ByteBuffer littleEndian(byte[] content) {
        return ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
    }
}
