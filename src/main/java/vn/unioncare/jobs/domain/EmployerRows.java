package vn.unioncare.jobs.domain;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import vn.unioncare.common.SearchText;
import vn.unioncare.jobs.EmployerDraft;
import vn.unioncare.jobs.EmployerView;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The {@code employer} table. */
@Component
public class EmployerRows {

    private static final String COLUMNS = "id, tax_code, name, address, industrial_park, contact_name, contact_phone,"
            + " contact_email, created_at, version";

    private static final RowMapper<EmployerView> ROW = (rs, i) -> new EmployerView(rs.getLong("id"),
            rs.getString("tax_code"), rs.getString("name"), rs.getString("address"), rs.getString("industrial_park"),
            rs.getString("contact_name"), rs.getString("contact_phone"), rs.getString("contact_email"),
            rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));

    private final NamedParameterJdbcTemplate jdbc;

    public EmployerRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(EmployerDraft draft, String createdBy, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                insert into employer (tax_code, name, name_search, address, industrial_park, contact_name,
                                      contact_phone, contact_email, created_by, created_at, version)
                values (:taxCode, :name, :nameSearch, :address, :park, :contactName, :contactPhone, :contactEmail,
                        :createdBy, :createdAt, 0)
                """, values(draft).addValue("createdBy", createdBy).addValue("createdAt", Timestamp.from(now)),
                key, new String[] {"id"});
        return key.getKeyAs(Number.class).longValue();
    }

    /** False when the row is gone or was changed since {@code version}. */
    public boolean update(long id, long version, EmployerDraft draft) {
        return jdbc.update("""
                update employer set tax_code = :taxCode, name = :name, name_search = :nameSearch, address = :address,
                       industrial_park = :park, contact_name = :contactName, contact_phone = :contactPhone,
                       contact_email = :contactEmail, version = version + 1
                where id = :id and version = :version
                """, values(draft).addValue("id", id).addValue("version", version)) == 1;
    }

    public Optional<EmployerView> find(long id) {
        return jdbc.query("select " + COLUMNS + " from employer where id = :id", new MapSqlParameterSource("id", id),
                ROW).stream().findFirst();
    }

    public Optional<EmployerView> findByTaxCode(String taxCode) {
        return jdbc.query("select " + COLUMNS + " from employer where tax_code = :taxCode",
                new MapSqlParameterSource("taxCode", taxCode), ROW).stream().findFirst();
    }

    public List<EmployerView> findByTaxCodes(Collection<String> taxCodes) {
        if (taxCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select " + COLUMNS + " from employer where tax_code in (:taxCodes)",
                new MapSqlParameterSource("taxCodes", taxCodes), ROW);
    }

    /** Employers whose name contains the text (diacritics ignored) or whose tax code starts with it, by name. */
    public List<EmployerView> page(String text, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("limit", limit).addValue("offset", offset);
        return jdbc.query("select " + COLUMNS + " from employer" + where(text, params)
                + " order by name_search, id limit :limit offset :offset", params, ROW);
    }

    public long count(String text) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long count = jdbc.queryForObject("select count(*) from employer" + where(text, params), params, Long.class);
        return count == null ? 0 : count;
    }

    private static String where(String text, MapSqlParameterSource params) {
        if (text == null || text.isBlank()) {
            return "";
        }
        params.addValue("contains", "%" + SearchText.likePrefix(text));
        params.addValue("taxPrefix", SearchText.escapeLike(text.strip()) + "%");
        return " where name_search like :contains escape '\\' or tax_code like :taxPrefix escape '\\'";
    }

    private static MapSqlParameterSource values(EmployerDraft draft) {
        return new MapSqlParameterSource("taxCode", draft.taxCode()).addValue("name", draft.name())
                .addValue("nameSearch", SearchText.fold(draft.name())).addValue("address", draft.address())
                .addValue("park", draft.industrialPark()).addValue("contactName", draft.contactName())
                .addValue("contactPhone", draft.contactPhone()).addValue("contactEmail", draft.contactEmail());
    }
}
