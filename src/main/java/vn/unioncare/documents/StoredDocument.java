package vn.unioncare.documents;

import java.time.Instant;

/**
 * A document as users see it. {@code mediaType} is the type UnionCare recognised from the content, never the one a
 * client declared; {@code filename} is already made safe for display and download; {@code createdBy} is the username
 * (or {@code system} for background work).
 */
public record StoredDocument(long id, String ownerKey, DocumentKind kind, String filename, String mediaType, long size,
                             String sha256, Instant createdAt, String createdBy) {
}
