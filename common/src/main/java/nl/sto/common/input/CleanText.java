package nl.sto.common.input;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What text from a request may contain. PostgreSQL stores no U+0000 in a text column (it fails the whole statement),
 * and a percent-encoded value that is not UTF-8 would reach the database as replacement characters; both are refused
 * at the edge, with the field or parameter named, instead of surfacing as a failed statement.
 */
public final class CleanText {

    public static final String NUL_MESSAGE = "must not contain the character U+0000 (NUL)";
    public static final String ENCODING_MESSAGE = "is not valid percent-encoded UTF-8";

    private CleanText() {
    }

    /** Why the text may not be stored, or empty when it may. */
    public static Optional<String> problem(String text) {
        return text != null && text.indexOf('\0') >= 0 ? Optional.of(NUL_MESSAGE) : Optional.empty();
    }

    /** Why a raw (still percent-encoded) part of a URI is refused once decoded, or empty when it is clean. */
    public static Optional<String> encodedProblem(String raw) {
        try {
            return problem(decode(raw));
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return Optional.of(ENCODING_MESSAGE);
        }
    }

    /** A parameter name that {@link #encodedProblem} found clean, decoded to name it in an answer. */
    public static String decodedName(String raw) {
        try {
            return decode(raw);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("Not a clean name: " + raw, e);
        }
    }

    /** Percent-decodes strictly: a malformed escape or a byte sequence that is not UTF-8 fails. */
    static String decode(String raw) throws CharacterCodingException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new IllegalArgumentException("incomplete escape");
                }
                bytes.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
                i += 2;
            } else if (c > 0xFF) {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            } else {
                // The HTTP decoder reads the request line as ISO-8859-1: a char up to 0xFF is the byte that came.
                bytes.write(c);
            }
        }
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    }
}
