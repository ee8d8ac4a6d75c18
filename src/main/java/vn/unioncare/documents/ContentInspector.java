package vn.unioncare.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Recognises a file's type from its bytes (signatures, and for office documents the entries inside the ZIP container),
 * whatever its name or the type a client declared. Only {@link DocumentType}s are recognised; everything else is empty.
 */
final class ContentInspector {

    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** HEIF brands of HEVC-coded images (what phones write); AVIF and other HEIF codecs are not accepted. */
    private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "hevm",
            "hevs");
    private static final Set<String> GENERIC_HEIF_BRANDS = Set.of("mif1", "msf1");
    private static final int HEAD_BYTES = 256;
    private static final int MAX_ZIP_ENTRIES = 10_000;
    private static final int MAX_MANIFEST_BYTES = 1024 * 1024;
    private static final String WORD_MAIN =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String EXCEL_MAIN =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private ContentInspector() {
    }

    static Optional<DocumentType> detect(Path file) {
        try {
            return inspect(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<DocumentType> inspect(Path file) throws IOException {
        byte[] head = new byte[HEAD_BYTES];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        }
        Optional<DocumentType> signed = bySignature(Arrays.copyOf(head, length));
        if (signed.isPresent()) {
            return signed;
        }
        if (length >= ZIP.length && startsWith(head, 0, ZIP)) {
            return officeDocument(file);
        }
        return Optional.empty();
    }

    /** Whether the content is UTF-8 text without NUL bytes, as a generated CSV file is. */
    static boolean isUtf8Text(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(content));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** The types the first bytes alone tell (PDF and the photo formats); empty for anything else, office files too. */
    static Optional<DocumentType> bySignature(byte[] content) {
        byte[] start = Arrays.copyOf(content, Math.min(content.length, HEAD_BYTES));
        if (startsWith(start, 0, PDF)) {
            return Optional.of(DocumentType.PDF);
        }
        if (startsWith(start, 0, PNG) && startsWith(start, 12, ascii("IHDR"))) {
            return Optional.of(DocumentType.PNG);
        }
        if (startsWith(start, 0, JPEG)) {
            return Optional.of(DocumentType.JPEG);
        }
        if (startsWith(start, 0, ascii("RIFF")) && startsWith(start, 8, ascii("WEBPVP8"))) {
            return Optional.of(DocumentType.WEBP);
        }
        if (startsWith(start, 4, ascii("ftyp")) && isHeic(start)) {
            return Optional.of(DocumentType.HEIC);
        }
        return Optional.empty();
    }

    /** An ISO media file whose {@code ftyp} box names an HEVC image brand, as major or compatible brand. */
    private static boolean isHeic(byte[] start) {
        long boxSize = ((start[0] & 0xFFL) << 24) | ((start[1] & 0xFF) << 16) | ((start[2] & 0xFF) << 8)
                | (start[3] & 0xFF);
        if (boxSize < 16 || boxSize > start.length) {
            return false;
        }
        String major = new String(start, 8, 4, StandardCharsets.US_ASCII);
        if (HEIC_BRANDS.contains(major)) {
            return true;
        }
        if (!GENERIC_HEIF_BRANDS.contains(major)) {
            return false;
        }
        for (int offset = 16; offset + 4 <= boxSize; offset += 4) {
            if (HEIC_BRANDS.contains(new String(start, offset, 4, StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Word and Excel files (Office Open XML) and OpenDocument text and spreadsheets, told apart by the manifest inside
     * the container. Macro-enabled documents and any other ZIP are refused.
     */
    private static Optional<DocumentType> officeDocument(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ZIP_ENTRIES || hasMacros(zip)) {
                return Optional.empty();
            }
            String openDocumentType = read(zip, "mimetype");
            if (openDocumentType != null && zip.getEntry("content.xml") != null) {
                return Optional.ofNullable(switch (openDocumentType.trim()) {
                    case "application/vnd.oasis.opendocument.text" -> DocumentType.ODT;
                    case "application/vnd.oasis.opendocument.spreadsheet" -> DocumentType.ODS;
                    default -> null;
                });
            }
            String contentTypes = read(zip, "[Content_Types].xml");
            if (contentTypes == null) {
                return Optional.empty();
            }
            if (contentTypes.contains(WORD_MAIN) && zip.getEntry("word/document.xml") != null) {
                return Optional.of(DocumentType.DOCX);
            }
            if (contentTypes.contains(EXCEL_MAIN) && zip.getEntry("xl/workbook.xml") != null) {
                return Optional.of(DocumentType.XLSX);
            }
            return Optional.empty();
        } catch (ZipException corrupt) {
            return Optional.empty();
        }
    }

    private static boolean hasMacros(ZipFile zip) {
        return zip.stream().map(ZipEntry::getName).anyMatch(name -> name.endsWith("vbaProject.bin")
                || name.startsWith("Basic/") || name.startsWith("Scripts/"));
    }

    private static String read(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null || entry.isDirectory()) {
            return null;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(MAX_MANIFEST_BYTES + 1);
            return bytes.length > MAX_MANIFEST_BYTES ? null : new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        return data.length >= offset + prefix.length
                && Arrays.equals(data, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
