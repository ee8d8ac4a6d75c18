package vn.unioncare.safety;

import vn.unioncare.documents.DocumentType;

/** A photo re-encoded without any metadata, ready to be stored: JPEG or PNG, with its size in pixels. */
public record CleanPhoto(byte[] content, DocumentType type, int width, int height) {

    /** A neutral file name, e.g. {@code photo-2.jpg}: the uploaded name may itself say who took the picture. */
    public String filename(int number) {
        return "photo-" + number + "." + type.extensions().get(0);
    }
}
