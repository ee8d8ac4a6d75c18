package vn.unioncare.safety;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import vn.unioncare.common.RefusedException;
import vn.unioncare.documents.DocumentType;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhotoSanitiserTest {

    static final String CAMERA = "AcmeCam Z9 serial 4711";
    private static final String PLACE = "Location 21.0285,105.8542";
    /** GPS latitude 21° 1' 29.50" as three TIFF rationals (big-endian). */
    private static final byte[] LATITUDE = ByteBuffer.allocate(24).putInt(21).putInt(1).putInt(1).putInt(1)
            .putInt(2950).putInt(100).array();

    private final PhotoSanitiser sanitiser = new PhotoSanitiser(DataSize.ofMegabytes(10));

    static byte[] picture(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(0, 0, width / 2, height);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A TIFF structure as in a camera's EXIF block: the camera's make in IFD0 and a GPS IFD with the latitude. */
    private static byte[] exifWithGps() {
        byte[] make = (CAMERA + "\0").getBytes(StandardCharsets.US_ASCII);
        int makeAt = 8 + 2 + 2 * 12 + 4;
        int gpsAt = makeAt + make.length + (make.length % 2);
        int latitudeAt = gpsAt + 2 + 2 * 12 + 4;
        ByteBuffer tiff = ByteBuffer.allocate(latitudeAt + LATITUDE.length);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x010F).putShort((short) 2).putInt(make.length).putInt(makeAt);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsAt);
        tiff.putInt(0);
        tiff.position(makeAt);
        tiff.put(make);
        tiff.position(gpsAt);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(latitudeAt);
        tiff.putInt(0);
        tiff.put(LATITUDE);
        return tiff.array();
    }

    /** The JPEG with an APP1 "Exif" segment right after its JFIF segment, as phones write them. */
    static byte[] withExif(byte[] jpeg) {
        byte[] tiff = exifWithGps();
        ByteBuffer app1 = ByteBuffer.allocate(4 + 6 + tiff.length);
        app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.length));
        app1.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff);
        int afterJfif = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        return concat(Arrays.copyOf(jpeg, afterJfif), app1.array(), Arrays.copyOfRange(jpeg, afterJfif, jpeg.length));
    }

    /** The PNG with a text chunk and an EXIF chunk before its end chunk. */
    private static byte[] withTextAndExif(byte[] png) {
        byte[] text = pngChunk("tEXt", ("Comment\0" + PLACE).getBytes(StandardCharsets.ISO_8859_1));
        byte[] exif = pngChunk("eXIf", exifWithGps());
        int end = png.length - 12;
        return concat(Arrays.copyOf(png, end), text, exif, Arrays.copyOfRange(png, end, png.length));
    }

    private static byte[] pngChunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }

    static boolean contains(byte[] haystack, String needle) {
        return contains(haystack, needle.getBytes(StandardCharsets.ISO_8859_1));
    }

    private CleanPhoto sanitised(byte[] upload) {
        return sanitiser.sanitise(new ByteArrayInputStream(upload));
    }

    private void assertRefused(byte[] upload, String messageKey, int status) {
        assertThatThrownBy(() -> sanitised(upload)).isInstanceOfSatisfying(RefusedException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(messageKey);
            assertThat(e.status()).isEqualTo(status);
        });
    }

    @Test
    void aJpegLosesItsExifLocationAndCameraAndKeepsItsPicture() throws IOException {
        byte[] upload = withExif(picture("jpeg", 64, 48));
        assertThat(contains(upload, "Exif")).isTrue();
        assertThat(contains(upload, LATITUDE)).isTrue();
        assertThat(ImageIO.read(new ByteArrayInputStream(upload))).as("the test photo itself is readable").isNotNull();

        CleanPhoto clean = sanitised(upload);

        assertThat(clean.type()).isEqualTo(DocumentType.JPEG);
        assertThat(DocumentType.bySignature(clean.content())).contains(DocumentType.JPEG);
        assertThat(contains(clean.content(), "Exif")).isFalse();
        assertThat(contains(clean.content(), LATITUDE)).isFalse();
        assertThat(contains(clean.content(), CAMERA)).isFalse();
        assertThat(contains(clean.content(), new byte[] {(byte) 0xFF, (byte) 0xE1})).as("no APP1 segment").isFalse();
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(clean.content()));
        assertThat(picture.getWidth()).isEqualTo(64);
        assertThat(picture.getHeight()).isEqualTo(48);
        assertThat(clean.width()).isEqualTo(64);
        assertThat(clean.height()).isEqualTo(48);
        assertThat(clean.filename(2)).isEqualTo("photo-2.jpg");
    }

    @Test
    void aPngStaysPngWithoutItsTextAndExifChunks() throws IOException {
        byte[] upload = withTextAndExif(picture("png", 30, 20));
        assertThat(ImageIO.read(new ByteArrayInputStream(upload))).isNotNull();

        CleanPhoto clean = sanitised(upload);

        assertThat(clean.type()).isEqualTo(DocumentType.PNG);
        assertThat(DocumentType.bySignature(clean.content())).contains(DocumentType.PNG);
        assertThat(contains(clean.content(), PLACE)).isFalse();
        assertThat(contains(clean.content(), "tEXt")).isFalse();
        assertThat(contains(clean.content(), "eXIf")).isFalse();
        assertThat(contains(clean.content(), LATITUDE)).isFalse();
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(clean.content()));
        assertThat(picture.getWidth()).isEqualTo(30);
        assertThat(picture.getHeight()).isEqualTo(20);
        assertThat(picture.getRGB(0, 0)).isEqualTo(Color.ORANGE.getRGB());
    }

    @Test
    void anExecutableNamedLikeAPhotoIsRefused() {
        byte[] program = concat(new byte[] {'M', 'Z', (byte) 0x90, 0}, new byte[60],
                "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII));
        assertRefused(program, "safety.photo.notAPhoto", 415);
        assertRefused("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "safety.photo.notAPhoto", 415);
        assertRefused(new byte[0], "safety.photo.notAPhoto", 415);
    }

    @Test
    void webpAndHeicAreRefusedWithARequestForJpegOrPng() {
        byte[] webp = concat("RIFF".getBytes(StandardCharsets.US_ASCII), new byte[] {64, 0, 0, 0},
                "WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), new byte[40]);
        byte[] heic = concat(new byte[] {0, 0, 0, 24}, "ftypheic".getBytes(StandardCharsets.US_ASCII),
                new byte[] {0, 0, 0, 0}, "mif1heic".getBytes(StandardCharsets.US_ASCII), new byte[40]);
        assertRefused(webp, "safety.photo.jpegOrPngOnly", 415);
        assertRefused(heic, "safety.photo.jpegOrPngOnly", 415);
    }

    @Test
    void aPhotoLargerThanTheUploadLimitIsRefused() throws IOException {
        PhotoSanitiser small = new PhotoSanitiser(DataSize.ofKilobytes(1));
        byte[] photo = withExif(picture("jpeg", 200, 200));
        assertThat(photo.length).isGreaterThan(1024);
        assertThatThrownBy(() -> small.sanitise(new ByteArrayInputStream(photo)))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("documents.error.tooLarge");
                    assertThat(e.status()).isEqualTo(413);
                });
    }

    @Test
    void aPictureOfTooManyPixelsIsRefusedBeforeItIsDecoded() throws IOException {
        byte[] png = picture("png", 10, 10);
        ByteBuffer.wrap(png, 16, 8).putInt(20_000).putInt(20_000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        assertRefused(png, "safety.photo.tooManyPixels", 413);
    }

    @Test
    void aBrokenPhotoIsRefusedAsUnreadable() {
        byte[] broken = concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, new byte[100]);
        assertRefused(broken, "safety.photo.unreadable", 422);
    }
}
