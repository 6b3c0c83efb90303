package nl.sto.regions.demo;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a DUO open-data CSV file into rows keyed by column name.
 *
 * <p>The DUO files differ per release: older ones are latin-1, newer ones UTF-8; some use {@code ;}, some
 * {@code ,}; some quote values (with {@code ""} for a quote inside). This reader copes with all of that so the
 * callers only deal with column names. Values and column names are trimmed, because DUO pads fields with
 * spaces (an empty telephone number is ten spaces).
 */
final class DuoCsv {

    private DuoCsv() {
    }

    static List<Map<String, String>> read(Path file) throws IOException {
        String text = decode(Files.readAllBytes(file));
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = parse(text, separator(text));
        if (records.isEmpty()) {
            throw new IllegalArgumentException(file + " is empty; expected a header row");
        }
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>(records.size() - 1);
        for (List<String> record : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                // A short row (trailing empty fields left off) reads as empty values, not as an error.
                row.put(header.get(i), i < record.size() ? record.get(i) : "");
            }
            rows.add(Collections.unmodifiableMap(row));
        }
        return rows;
    }

    /**
     * UTF-8 when the bytes are valid UTF-8, else latin-1. Valid UTF-8 with non-ASCII characters is very
     * unlikely to be latin-1 text by accident, and latin-1 decodes any byte, so this never fails.
     */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /** The separator is whichever of {@code ;} and {@code ,} the header row uses more. */
    static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons >= commas ? ';' : ',';
    }

    /** RFC 4180 style: quoted values may hold separators, quotes (doubled) and line breaks. */
    static List<List<String>> parse(String text, char separator) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        boolean sawAnything = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    value.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                sawAnything = true;
            } else if (c == separator) {
                record.add(value.toString().trim());
                value.setLength(0);
                sawAnything = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRecord(records, record, value, sawAnything);
                record = new ArrayList<>();
                sawAnything = false;
            } else {
                value.append(c);
                sawAnything |= !Character.isWhitespace(c);
            }
        }
        endRecord(records, record, value, sawAnything);
        return records;
    }

    private static void endRecord(List<List<String>> records, List<String> record, StringBuilder value,
            boolean sawAnything) {
        // Blank lines (often one at the end of the file) are not records.
        if (sawAnything || !record.isEmpty()) {
            record.add(value.toString().trim());
            records.add(List.copyOf(record));
        }
        value.setLength(0);
    }
}
