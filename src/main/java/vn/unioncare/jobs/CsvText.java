package vn.unioncare.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** An uploaded CSV file as text: at most so many bytes, strictly UTF-8, without a byte-order mark. */
final class CsvText {

    private static final char BOM = '\uFEFF';
    private static final long MEGABYTE = 1024L * 1024L;

    private CsvText() {
    }

    static String read(InputStream content, long maxBytes) {
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > maxBytes) {
            throw new JobsException("jobs.import.tooLarge", 413, "more than " + maxBytes + " bytes",
                    Math.max(1, maxBytes / MEGABYTE));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new JobsException("jobs.import.notUtf8", 422, "not UTF-8");
        }
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }
}
