package nl.sto.reports.intake;

import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * How far the Flate-compressed streams of a PDF unpack, counted without keeping a byte. PDFBox unpacks a PDF's
 * object and cross-reference streams into memory whole while it parses, whatever memory setting it has, so a PDF
 * holding a compressed run of zeros could fill the heap; counting first keeps that from happening. A stream is
 * found by its {@code stream} keyword followed by a zlib header, which is how every FlateDecode stream starts; the
 * parts of the file one stream's data covers are not searched again.
 */
final class PdfFlateStreams {

    private static final byte[] KEYWORD = "stream".getBytes(StandardCharsets.US_ASCII);

    private PdfFlateStreams() {
    }

    /** The bytes all Flate streams unpack to together, counted up to just past {@code limit}. */
    static long unpackedSize(byte[] pdf, long limit) {
        long unpacked = 0;
        byte[] sink = new byte[64 * 1024];
        int at = 0;
        while (unpacked <= limit) {
            int data = nextStreamData(pdf, at);
            if (data < 0) {
                return unpacked;
            }
            Inflater inflater = new Inflater();
            try {
                inflater.setInput(pdf, data, pdf.length - data);
                unpacked += inflate(inflater, sink, limit - unpacked);
                at = (int) Math.max(data, data + inflater.getBytesRead());
            } finally {
                inflater.end();
            }
        }
        return unpacked;
    }

    /** Inflates until the stream ends, is broken, or more than {@code budget} bytes came out. */
    private static long inflate(Inflater inflater, byte[] sink, long budget) {
        long out = 0;
        try {
            // Nothing comes out once the stream ended, the file ended, or a preset dictionary is asked for.
            int n;
            do {
                n = inflater.inflate(sink);
                out += n;
            } while (n > 0 && out <= budget);
        } catch (DataFormatException notFlate) {
            // Not (or no longer) Flate data: what came out so far still counts.
        }
        return out;
    }

    /** Where the data of the next stream with a zlib header starts, from {@code from} on; -1 when there is none. */
    private static int nextStreamData(byte[] pdf, int from) {
        for (int at = indexOf(pdf, from); at >= 0; at = indexOf(pdf, at + 1)) {
            int data = at + KEYWORD.length;
            if (data < pdf.length && pdf[data] == '\r') {
                data++;
            }
            if (data < pdf.length && pdf[data] == '\n') {
                data++;
            }
            if (data > at + KEYWORD.length && zlibHeader(pdf, data)) {
                return data;
            }
        }
        return -1;
    }

    /** RFC 1950: method 8 (deflate) in the low nibble, and the two bytes a multiple of 31. */
    private static boolean zlibHeader(byte[] pdf, int at) {
        if (at + 1 >= pdf.length) {
            return false;
        }
        int cmf = pdf[at] & 0xFF;
        int flg = pdf[at + 1] & 0xFF;
        return (cmf & 0x0F) == 8 && ((cmf << 8) | flg) % 31 == 0;
    }

    private static int indexOf(byte[] pdf, int from) {
        outer:
        for (int at = from; at <= pdf.length - KEYWORD.length; at++) {
            for (int i = 0; i < KEYWORD.length; i++) {
                if (pdf[at + i] != KEYWORD[i]) {
                    continue outer;
                }
            }
            return at;
        }
        return -1;
    }
}
