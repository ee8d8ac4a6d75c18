package vn.unioncare.documents;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ContentInspectorTest {

    @TempDir
    Path directory;

    private Optional<DocumentType> detect(byte[] content) throws IOException {
        Path file = Files.createTempFile(directory, "content", ".bin");
        Files.write(file, content);
        return ContentInspector.detect(file);
    }

    /** The start of an ISO media file: an {@code ftyp} box with a major and compatible brands, then padding. */
    private static byte[] isoMedia(String major, String... compatible) {
        ByteBuffer box = ByteBuffer.allocate(64);
        box.putInt(16 + 4 * compatible.length).put(ascii("ftyp")).put(ascii(major)).putInt(0);
        for (String brand : compatible) {
            box.put(ascii(brand));
        }
        return box.array();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void phonePhotosInHeicAreRecognisedButOtherIsoMediaIsNot() throws IOException {
        assertThat(detect(isoMedia("heic", "mif1", "heic"))).contains(DocumentType.HEIC);
        assertThat(detect(isoMedia("mif1", "mif1", "heic"))).contains(DocumentType.HEIC);
        assertThat(detect(isoMedia("avif", "mif1", "avif"))).isEmpty();
        assertThat(detect(isoMedia("mif1", "mif1", "avif"))).isEmpty();
        assertThat(detect(isoMedia("isom", "isom", "mp41"))).isEmpty();
    }

    @Test
    void webpPhotosAreRecognised() throws IOException {
        byte[] webp = ByteBuffer.allocate(32).put(ascii("RIFF")).putInt(24).put(ascii("WEBPVP8 ")).array();
        assertThat(detect(webp)).contains(DocumentType.WEBP);
        byte[] wave = ByteBuffer.allocate(32).put(ascii("RIFF")).putInt(24).put(ascii("WAVEfmt ")).array();
        assertThat(detect(wave)).isEmpty();
    }

    @Test
    void officeContainersAreToldApartByTheirManifest() throws IOException {
        assertThat(detect(SampleFiles.zip(Map.of("[Content_Types].xml", "<Types><Override ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>",
                "xl/workbook.xml", "<workbook/>")))).contains(DocumentType.XLSX);
        assertThat(detect(SampleFiles.zip(Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                "content.xml", "<office/>")))).contains(DocumentType.ODS);
        assertThat(detect(SampleFiles.zip(Map.of("mimetype", "application/vnd.oasis.opendocument.text",
                "content.xml", "<office/>", "Basic/Standard/Module1.xml", "macro")))).isEmpty();
        assertThat(detect(SampleFiles.zip(Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>"))))
                .isEmpty();
        assertThat(detect("PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }
}
