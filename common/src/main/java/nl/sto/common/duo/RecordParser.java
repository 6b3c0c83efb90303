package nl.sto.common.duo;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a stream of characters into CSV records, RFC 4180 style: quoted values may hold separators, quotes (doubled)
 * and line breaks. It reads one character at a time and keeps only the record at hand, so a file needs the memory of
 * its longest record, not of the whole file. Values are trimmed, because DUO pads fields with spaces (an empty
 * telephone number is ten spaces).
 */
final class RecordParser {

    private static final int NOTHING_AHEAD = -2;

    private final Reader in;
    private final char separator;
    /** The line the next character is on; {@code \r\n}, {@code \n} and a lone {@code \r} each end a line. */
    private long line = 1;
    /** A character looked at and not read yet, or {@link #NOTHING_AHEAD}. */
    private int ahead = NOTHING_AHEAD;

    RecordParser(Reader in, char separator) {
        this.in = in;
        this.separator = separator;
    }

    /** The next record, or null at the end. Blank lines, often one at the end of the file, are not records. */
    DuoCsv.Record next() throws IOException {
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        long start = line;
        boolean quoted = false;
        boolean blank = true;
        for (int c = read(); c >= 0; c = read()) {
            if (quoted) {
                if (c != '"') {
                    value.append((char) c);
                } else if (take('"')) {
                    value.append('"');
                } else {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
                blank = false;
            } else if (c == separator) {
                values.add(value.toString().trim());
                value.setLength(0);
                blank = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    take('\n');
                }
                if (!blank) {
                    return record(start, values, value);
                }
                value.setLength(0);
                start = line;
            } else {
                value.append((char) c);
                blank &= Character.isWhitespace(c);
            }
        }
        return blank ? null : record(start, values, value);
    }

    private static DuoCsv.Record record(long start, List<String> values, StringBuilder last) {
        values.add(last.toString().trim());
        return new DuoCsv.Record(start, values);
    }

    /** The next character, counting the lines as they pass. */
    private int read() throws IOException {
        int c = peek();
        ahead = NOTHING_AHEAD;
        if (c == '\n' || c == '\r' && peek() != '\n') {
            line++;
        }
        return c;
    }

    private int peek() throws IOException {
        if (ahead == NOTHING_AHEAD) {
            ahead = in.read();
        }
        return ahead;
    }

    /** Reads the next character if it is the expected one, else leaves it to be read next. */
    private boolean take(char expected) throws IOException {
        if (peek() != expected) {
            return false;
        }
        read();
        return true;
    }
}
