package vn.unioncare.documents.domain;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.unioncare.documents.DocumentKind;
import vn.unioncare.documents.StoredDocument;

import java.sql.Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The {@code stored_document} table: what users see of a document, and where its bytes are. */
@Repository
public class StoredDocumentRows {

    private static final String COLUMNS = "id, owner_key, kind, filename, media_type, size_bytes, sha256, created_at, "
            + "created_by";
    private static final RowMapper<StoredDocument> DOCUMENT = (rs, row) -> new StoredDocument(rs.getLong("id"),
            rs.getString("owner_key"), DocumentKind.valueOf(rs.getString("kind")), rs.getString("filename"),
            rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
            rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));

    private final NamedParameterJdbcTemplate jdbc;

    public StoredDocumentRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the row and returns the document with its id. */
    public StoredDocument insert(StoredDocument document, String storageName, String idempotencyKey) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("owner", document.ownerKey())
                .addValue("kind", document.kind().name())
                .addValue("filename", document.filename())
                .addValue("mediaType", document.mediaType())
                .addValue("size", document.size())
                .addValue("sha256", document.sha256())
                .addValue("storageName", storageName)
                .addValue("idempotencyKey", idempotencyKey)
                .addValue("createdAt", Timestamp.from(document.createdAt()))
                .addValue("createdBy", document.createdBy());
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update("insert into stored_document (owner_key, kind, filename, media_type, size_bytes, sha256, "
                + "storage_name, idempotency_key, created_at, created_by) values (:owner, :kind, :filename, "
                + ":mediaType, :size, :sha256, :storageName, :idempotencyKey, :createdAt, :createdBy)",
                params, key, new String[] {"id"});
        long id = Objects.requireNonNull(key.getKey()).longValue();
        return new StoredDocument(id, document.ownerKey(), document.kind(), document.filename(),
                document.mediaType(), document.size(), document.sha256(), document.createdAt(), document.createdBy());
    }

    public Optional<StoredDocument> find(long id, String ownerKey) {
        return jdbc.query("select " + COLUMNS + " from stored_document where id = :id and owner_key = :owner",
                new MapSqlParameterSource("id", id).addValue("owner", ownerKey), DOCUMENT).stream().findFirst();
    }

    public Optional<StoredDocument> findByIdempotencyKey(String idempotencyKey) {
        return jdbc.query("select " + COLUMNS + " from stored_document where idempotency_key = :key",
                new MapSqlParameterSource("key", idempotencyKey), DOCUMENT).stream().findFirst();
    }

    /** A page of an owner's documents, newest first. */
    public List<StoredDocument> page(String ownerKey, int offset, int limit) {
        return jdbc.query("select " + COLUMNS + " from stored_document where owner_key = :owner "
                        + "order by created_at desc, id desc limit :limit offset :offset",
                new MapSqlParameterSource("owner", ownerKey).addValue("offset", offset).addValue("limit", limit),
                DOCUMENT);
    }

    public long count(String ownerKey) {
        Long count = jdbc.queryForObject("select count(*) from stored_document where owner_key = :owner",
                new MapSqlParameterSource("owner", ownerKey), Long.class);
        return count == null ? 0 : count;
    }

    public String storageName(long id) {
        return jdbc.queryForObject("select storage_name from stored_document where id = :id",
                new MapSqlParameterSource("id", id), String.class);
    }

    /** The document under this owner key that {@code createdBy} stored, if any. */
    public Optional<StoredDocument> findCreatedBy(String ownerKey, String createdBy) {
        return jdbc.query("select " + COLUMNS + " from stored_document where owner_key = :owner "
                        + "and created_by = :createdBy",
                new MapSqlParameterSource("owner", ownerKey).addValue("createdBy", createdBy), DOCUMENT)
                .stream().findFirst();
    }

    /** Moves the documents {@code createdBy} stored under one owner key to another; how many moved. */
    public int changeOwner(String fromOwnerKey, String createdBy, String toOwnerKey) {
        return jdbc.update("update stored_document set owner_key = :to where owner_key = :from "
                        + "and created_by = :createdBy",
                new MapSqlParameterSource("from", fromOwnerKey).addValue("createdBy", createdBy)
                        .addValue("to", toOwnerKey));
    }

    /** A document row and the name of its file. */
    public record StoredFile(long id, String storageName) {
    }

    /**
     * Up to {@code limit} documents whose owner key starts with {@code ownerKeyPrefix} (no LIKE wildcards in it),
     * stored before {@code cutoff}; the owner-key index serves the prefix.
     */
    public List<StoredFile> ownedByPrefixBefore(String ownerKeyPrefix, java.time.Instant cutoff, int limit) {
        return jdbc.query("select id, storage_name from stored_document where owner_key like :prefix "
                        + "and created_at < :cutoff order by id limit :limit",
                new MapSqlParameterSource("prefix", ownerKeyPrefix + "%")
                        .addValue("cutoff", Timestamp.from(cutoff)).addValue("limit", limit),
                (rs, row) -> new StoredFile(rs.getLong("id"), rs.getString("storage_name")));
    }

    public void delete(long id) {
        jdbc.update("delete from stored_document where id = :id", new MapSqlParameterSource("id", id));
    }
}
