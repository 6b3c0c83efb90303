package nl.sto.common.duo;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a DUO open-data CSV file record by record, streaming, so a 100 MB release never sits in memory whole.
 *
 * <p>The DUO files differ per release: older ones are latin-1, newer ones UTF-8; some use {@code ;}, some
 * {@code ,}; some quote values (with {@code ""} for a quote inside, and line breaks inside quotes); some start with a
 * byte order mark. This reader copes with all of that so the callers only deal with column names and values. Values
 * and column names are trimmed, because DUO pads fields with spaces.
 *
 * <p>Not thread-safe: one reader per file and thread.
 */
public final class DuoCsv implements Closeable {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final BufferedReader in;
    private final Charset charset;
    private final char separator;
    private final RecordParser records;
    private final List<String> header;

    private DuoCsv(BufferedReader in, Charset charset, char separator, RecordParser records, List<String> header) {
        this.in = in;
        this.charset = charset;
        this.separator = separator;
        this.records = records;
        this.header = header;
    }

    /**
     * Opens the file: detects the charset by scanning the bytes once, streaming (UTF-8 when every byte sequence is
     * valid UTF-8, else ISO-8859-1), strips a BOM, reads the header row and detects the separator from it
     * (whichever of {@code ;} and {@code ,} occurs more in the header line). A byte that is not UTF-8 can be
     * anywhere, so opening takes a pass over the whole file, about as long as reading its records.
     *
     * @throws IllegalArgumentException when the file is empty or holds only blank lines, so it has no header row
     */
    public static DuoCsv open(Path file) throws IOException {
        Charset charset = DuoCharset.of(file);
        char separator = separator(file, charset);
        BufferedReader in = reader(file, charset);
        try {
            RecordParser records = new RecordParser(in, separator);
            Record header = records.next();
            if (header == null) {
                throw new IllegalArgumentException(file + " is empty; expected a header row");
            }
            return new DuoCsv(in, charset, separator, records, header.values());
        } catch (IOException | RuntimeException failure) {
            closeAfter(failure, in);
            throw failure;
        }
    }

    /**
     * Reads the whole file into rows keyed by header name, for files small enough to keep, such as the list of
     * school locations. A short row (trailing empty fields left off) reads as empty values, not as an error.
     */
    public static List<Map<String, String>> read(Path file) throws IOException {
        try (DuoCsv csv = open(file)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (Record record = csv.next(); record != null; record = csv.next()) {
                rows.add(csv.row(record));
            }
            return rows;
        }
    }

    /** The trimmed column names of the header row. */
    public List<String> header() {
        return header;
    }

    /** The index of a column by (trimmed, exact) name, or -1. */
    public int column(String name) {
        return header.indexOf(name);
    }

    public Charset charset() {
        return charset;
    }

    public char separator() {
        return separator;
    }

    /**
     * The next record, or null at the end. Blank lines are skipped. A record may span lines (line breaks inside
     * quotes).
     */
    public Record next() throws IOException {
        return records.next();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private Map<String, String> row(Record record) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), record.get(i));
        }
        return Collections.unmodifiableMap(row);
    }

    /**
     * Whichever of {@code ;} and {@code ,} the header line holds more; a tie, as in a one-column file, is {@code ;}.
     * The header line is the first line that is not blank. It is read with a reader of its own, so that the records
     * can be parsed from the start of the file with the separator known, whatever the length of that line.
     */
    private static char separator(Path file, Charset charset) throws IOException {
        int semicolons = 0;
        int commas = 0;
        boolean blank = true;
        try (BufferedReader in = reader(file, charset)) {
            for (int c = in.read(); c >= 0; c = in.read()) {
                if (!blank && (c == '\r' || c == '\n')) {
                    break;
                }
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                blank &= Character.isWhitespace(c);
            }
        }
        return semicolons >= commas ? ';' : ',';
    }

    /** A reader past the byte order mark, if the file has one. */
    private static BufferedReader reader(Path file, Charset charset) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset));
        try {
            in.mark(1);
            if (in.read() != BYTE_ORDER_MARK) {
                in.reset();
            }
            return in;
        } catch (IOException failure) {
            closeAfter(failure, in);
            throw failure;
        }
    }

    private static void closeAfter(Exception failure, BufferedReader in) {
        try {
            in.close();
        } catch (IOException closing) {
            failure.addSuppressed(closing);
        }
    }

    /**
     * One record of the file.
     *
     * @param line the 1-based line number in the file where the record starts, counting blank lines and line breaks
     *        inside quotes (a header on the first line is line 1), so a message can point a person at the line
     * @param values the trimmed values, as many as the record has: a short record is not padded
     */
    public record Record(long line, List<String> values) {

        public Record {
            values = List.copyOf(values);
        }

        /** The value at index, or "" when the record is shorter or index < 0, as DUO leaves trailing fields off. */
        public String get(int index) {
            return index >= 0 && index < values.size() ? values.get(index) : "";
        }
    }
}
