package nl.sto.reports.intake.api;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of a download: always {@code attachment}, so that a browser saves the file rather
 * than showing it, with the file's name. The quoted {@code filename} is plain ASCII with every character that could
 * end the quotes, the header or the name's folder ({@code "}, {@code \}, control characters, {@code /}) replaced
 * by {@code _}; a name with other characters also gets {@code filename*=UTF-8''...} (RFC 6266, RFC 8187), which
 * browsers prefer.
 */
final class ContentDisposition {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ContentDisposition() {
    }

    static String attachment(String filename) {
        String plain = asciiFallback(filename);
        String header = "attachment; filename=\"" + plain + "\"";
        return plain.equals(filename) ? header : header + "; filename*=UTF-8''" + percentEncoded(filename);
    }

    private static String asciiFallback(String filename) {
        StringBuilder plain = new StringBuilder(filename.length());
        filename.codePoints().forEach(c -> plain.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '/'
                ? (char) c : '_'));
        return plain.toString();
    }

    /** Every UTF-8 byte that is not an RFC 8187 attr-char as %XX; a separator thus cannot break the header. */
    private static String percentEncoded(String filename) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : filename.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
        return encoded.toString();
    }
}
