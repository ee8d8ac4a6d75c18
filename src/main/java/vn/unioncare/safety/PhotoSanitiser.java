package vn.unioncare.safety;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import vn.unioncare.documents.DocumentRefusedException;
import vn.unioncare.documents.DocumentType;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Makes an uploaded photo safe to keep with an anonymous report: only JPEG and PNG recognised by their content (not
 * by name), at most {@code unioncare.documents.max-size}, and re-encoded from the decoded pixels, so nothing of the
 * original file survives — no EXIF location, camera or owner, no comments, no trailing data. WebP and HEIC, which the
 * Java runtime cannot decode, are refused with a request for JPEG or PNG.
 */
@Component
public class PhotoSanitiser {

    /** Pictures larger than this (about a 50-megapixel camera) are refused before they are decoded. */
    static final long MAX_PIXELS = 50_000_000L;
    private static final float JPEG_QUALITY = 0.9f;

    private final long maxBytes;

    PhotoSanitiser(@Value("${unioncare.documents.max-size:10MB}") DataSize maxSize) {
        this.maxBytes = maxSize.toBytes();
    }

    /** The largest photo file taken, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The photo without metadata, same format and size in pixels; refused with a message for anything else. */
    public CleanPhoto sanitise(InputStream upload) {
        byte[] content = readAtMostMax(upload);
        DocumentType type = DocumentType.bySignature(content).orElseThrow(() -> notAPhoto("unrecognised content"));
        return switch (type) {
            case JPEG, PNG -> reEncoded(content, type);
            case WEBP, HEIC -> throw new SafetyException("safety.photo.jpegOrPngOnly", 415, type.name());
            default -> throw notAPhoto(type.name());
        };
    }

    private byte[] readAtMostMax(InputStream upload) {
        try (upload) {
            byte[] content = upload.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (content.length > maxBytes) {
                throw DocumentRefusedException.tooLarge(maxBytes);
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CleanPhoto reEncoded(byte[] content, DocumentType type) {
        String format = type == DocumentType.JPEG ? "jpeg" : "png";
        BufferedImage picture = decoded(content, format);
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
        try {
            if (type == DocumentType.JPEG) {
                writeJpeg(withoutAlpha(picture), out);
            } else if (!ImageIO.write(picture, format, out)) {
                throw unreadable("no PNG writer for this picture");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CleanPhoto(out.toByteArray(), type, picture.getWidth(), picture.getHeight());
    }

    /** The pixels alone: metadata is not even read, and the size is checked before any pixel is decoded. */
    private static BufferedImage decoded(byte[] content, String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw unreadable("no reader for " + format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(in, true, true);
            if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                throw new SafetyException("safety.photo.tooManyPixels", 413,
                        reader.getWidth(0) + "x" + reader.getHeight(0), MAX_PIXELS / 1_000_000);
            }
            return reader.read(0);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SafetyException refused) {
                throw refused;
            }
            throw unreadable(e.getClass().getSimpleName());
        } finally {
            reader.dispose();
        }
    }

    private static BufferedImage withoutAlpha(BufferedImage picture) {
        if (!picture.getColorModel().hasAlpha()) {
            return picture;
        }
        BufferedImage opaque = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = opaque.createGraphics();
        graphics.drawImage(picture, 0, 0, Color.WHITE, null);
        graphics.dispose();
        return opaque;
    }

    private static void writeJpeg(BufferedImage picture, ByteArrayOutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream target = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(target);
            ImageWriteParam quality = writer.getDefaultWriteParam();
            quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            quality.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(picture, null, null), quality);
        } finally {
            writer.dispose();
        }
    }

    private static SafetyException notAPhoto(String detail) {
        return new SafetyException("safety.photo.notAPhoto", 415, detail);
    }

    private static SafetyException unreadable(String detail) {
        return new SafetyException("safety.photo.unreadable", 422, detail);
    }
}
