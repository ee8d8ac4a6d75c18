package vn.unioncare.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of file a union dossier may hold: scans and photos (PDF, JPEG, PNG, WebP, HEIC from phones) and office
 * documents (Word, Excel, OpenDocument text and spreadsheet). Anything else, HTML, SVG and programs above all, is
 * refused, because a browser could run it.
 */
public enum DocumentType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp"),
    HEIC("image/heic", "heic", "heif"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    /** Figures UnionCare generates as UTF-8 text for spreadsheets; never accepted as an upload. */
    CSV("text/csv", "csv");

    private final String mediaType;
    private final List<String> extensions;

    DocumentType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** File name extensions, lower case, without the dot; the first is the usual one. */
    public List<String> extensions() {
        return extensions;
    }

    /**
     * The type of content that begins with these bytes, where the first bytes alone tell: PDF and the photo formats.
     * Office documents, recognised only from the whole container, are empty here, like anything not allowed.
     */
    public static Optional<DocumentType> bySignature(byte[] content) {
        return ContentInspector.bySignature(content);
    }

    /** Whether people may upload files of this type; generated-only types are not recognised in uploads. */
    public boolean uploadable() {
        return this != CSV;
    }

    public static Optional<DocumentType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equalsIgnoreCase(mediaType)).findFirst();
    }
}
