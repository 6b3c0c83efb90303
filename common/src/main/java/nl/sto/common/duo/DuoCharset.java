package nl.sto.common.duo;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells a UTF-8 DUO file from a latin-1 one. Older releases are latin-1, newer ones UTF-8, and the files do not say
 * which. Valid UTF-8 with non-ASCII characters is very unlikely to be latin-1 text by accident, and latin-1 decodes
 * any byte, so the answer is UTF-8 when every byte sequence in the file is valid UTF-8, else latin-1. A single bad
 * sequence can sit anywhere, so the whole file is decoded, a buffer at a time.
 */
final class DuoCharset {

    static final int BUFFER_SIZE = 64 * 1024;

    private DuoCharset() {
    }

    static Charset of(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE);
        CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE);
        try (ReadableByteChannel channel = Files.newByteChannel(file)) {
            boolean end = false;
            while (!end) {
                end = channel.read(bytes) < 0;
                bytes.flip();
                if (!decodes(decoder, bytes, chars, end)) {
                    return StandardCharsets.ISO_8859_1;
                }
                // A character cut off at the end of the buffer stays behind and is decoded with the next bytes.
                bytes.compact();
            }
        }
        chars.clear();
        return decoder.flush(chars).isError() ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
    }

    /** Decodes what the buffer holds; the characters themselves are not needed, so they are thrown away. */
    private static boolean decodes(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean end) {
        CoderResult result;
        do {
            chars.clear();
            result = decoder.decode(bytes, chars, end);
        } while (result.isOverflow());
        return !result.isError();
    }
}
