package vn.unioncare.forms;

/**
 * A file the signed-in user uploaded for a form field and the server already checked: {@code mediaType} was
 * recognised from the content, {@code filename} made safe with an extension true to the content. {@code documentId}
 * stays the same when the file is adopted by a case, so processes may carry it.
 */
public record StagedFile(String reference, long documentId, String filename, String mediaType, long size) {
}
