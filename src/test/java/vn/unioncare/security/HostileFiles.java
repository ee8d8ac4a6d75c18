package vn.unioncare.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Attachments built to hurt: zip bombs, polyglots, active content under harmless names. */
final class HostileFiles {

    private static final String WORD_TYPES = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
            + "package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    private static final byte[] PNG_HEAD = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n',
            0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};

    private HostileFiles() {
    }

    /** Name of the attack, content. Built once: the bombs take a moment. */
    static final Map<String, byte[]> ALL = build();

    private static Map<String, byte[]> build() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("zip bomb: a Word file whose document inflates to 400 MB", zip(Map.of(
                "[Content_Types].xml", WORD_TYPES.getBytes(StandardCharsets.UTF_8)), "word/document.xml", 400));
        files.put("zip bomb: a 200 MB manifest", zip(Map.of(), "[Content_Types].xml", 200));
        files.put("zip with 20,000 entries", manyEntries(20_000));
        files.put("PDF/HTML polyglot", ascii("%PDF-1.4\n<html><body><script>alert(document.cookie)</script>"));
        files.put("JPEG/HTML polyglot", concat(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0},
                ascii("<script>alert(1)</script><?php system($_GET['c']); ?>")));
        files.put("PNG with a ZIP appended (GIFAR-like)", concat(PNG_HEAD,
                zip(Map.of("evil.class", ascii("cafebabe")), "x", 0)));
        files.put("HTML page", ascii("<!doctype html><html><script>fetch('/api/v1/tasks')</script></html>"));
        files.put("SVG with script", ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"));
        files.put("Windows executable", concat(ascii("MZ"), new byte[200]));
        files.put("shell script", ascii("#!/bin/sh\nrm -rf /\n"));
        files.put("empty file", new byte[0]);
        files.put("NUL bytes", new byte[4096]);
        return files;
    }

    private static byte[] zip(Map<String, byte[]> small, String bigEntry, int megabytesOfZeros) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> entry : small.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(bigEntry));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytesOfZeros; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] manyEntries(int count) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry("e" + i));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
