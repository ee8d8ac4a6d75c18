package vn.unioncare.member.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.unioncare.common.SearchText;
import vn.unioncare.member.Gender;
import vn.unioncare.member.MemberSearch;
import vn.unioncare.member.MemberStatus;
import vn.unioncare.member.MemberSummary;
import vn.unioncare.security.AccessScope;
import vn.unioncare.security.PersonalDataCipher;

import java.sql.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Member search in SQL with the caller's scope in the WHERE clause: one page and one count, both served by the
 * indexes on card number, phone hash, (org unit, folded name) and the organisation closure table.
 */
@Component
public class MemberSearchQuery {

    private static final Map<String, String> SORTABLE = Map.of(
            "fullName", "m.name_search", "cardNumber", "m.card_number", "joinDate", "m.join_date",
            "status", "m.status", "dateOfBirth", "m.date_of_birth");

    private final RowMapper<MemberSummary> row;
    private final NamedParameterJdbcTemplate jdbc;
    private final PersonalDataCipher cipher;

    public MemberSearchQuery(NamedParameterJdbcTemplate jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.row = (rs, i) -> {
            Date born = rs.getDate("date_of_birth");
            String last4 = rs.getString("national_id_last4");
            return new MemberSummary(rs.getLong("id"), rs.getString("card_number"), rs.getString("full_name"),
                    born == null ? null : born.toLocalDate(), Gender.valueOf(rs.getString("gender")),
                    cipher.decrypt(rs.getString("phone_encrypted")), last4 == null ? null : "••••••••" + last4,
                    rs.getLong("org_unit_id"), MemberStatus.valueOf(rs.getString("status")));
        };
    }

    public Page<MemberSummary> search(MemberSearch search, AccessScope scope, Pageable page) {
        if (!scope.all() && !scope.seesAnyUnit() && scope.ownMemberId() == null) {
            return Page.empty(page);
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = scopeCondition(scope, params) + textCondition(search.text(), params)
                + unitCondition(search.orgUnitId(), params) + statusCondition(search.status(), params);
        Long total = jdbc.queryForObject("select count(*) from member m where " + where, params, Long.class);
        if (total == null || total == 0) {
            return Page.empty(page);
        }
        params.addValue("limit", page.getPageSize()).addValue("offset", page.getOffset());
        List<MemberSummary> rows = jdbc.query("""
                select m.id, m.card_number, m.full_name, m.date_of_birth, m.gender, m.phone_encrypted, m.national_id_last4,
                       m.org_unit_id, m.status
                from member m where %s order by %s limit :limit offset :offset
                """.formatted(where, orderBy(page.getSort())), params, row);
        return new PageImpl<>(rows, page, total);
    }

    private static String scopeCondition(AccessScope scope, MapSqlParameterSource params) {
        if (scope.all()) {
            return "1 = 1";
        }
        StringBuilder sql = new StringBuilder("(1 = 0");
        if (!scope.unitIds().isEmpty()) {
            sql.append(" or m.org_unit_id in (:scopeUnits)");
            params.addValue("scopeUnits", scope.unitIds());
        }
        if (!scope.subtreeRootIds().isEmpty()) {
            sql.append(" or exists (select 1 from org_unit_closure sc where sc.descendant_id = m.org_unit_id"
                    + " and sc.ancestor_id in (:scopeRoots))");
            params.addValue("scopeRoots", scope.subtreeRootIds());
        }
        if (scope.ownMemberId() != null) {
            sql.append(" or m.id = :ownMemberId");
            params.addValue("ownMemberId", scope.ownMemberId());
        }
        return sql.append(")").toString();
    }

    private String textCondition(String text, MapSqlParameterSource params) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String folded = SearchText.fold(text);
        params.addValue("namePrefix", SearchText.likePrefix(folded));
        params.addValue("nameWord", "% " + SearchText.likePrefix(folded));
        params.addValue("cardPrefix", SearchText.escapeLike(text.strip().toUpperCase(Locale.ROOT)) + "%");
        StringBuilder sql = new StringBuilder(" and (m.card_number like :cardPrefix escape '\\'"
                + " or m.name_search like :namePrefix escape '\\' or m.name_search like :nameWord escape '\\'");
        String phone = PhoneNumbers.normalise(text);
        if (PhoneNumbers.isComplete(phone)) {
            // phones are stored encrypted: only a whole number can be found, through its keyed hash
            params.addValue("phoneHash", cipher.lookupHash(phone));
            sql.append(" or m.phone_hash = :phoneHash");
        }
        return sql.append(")").toString();
    }

    private static String unitCondition(Long orgUnitId, MapSqlParameterSource params) {
        if (orgUnitId == null) {
            return "";
        }
        params.addValue("unitRoot", orgUnitId);
        return " and exists (select 1 from org_unit_closure uc where uc.descendant_id = m.org_unit_id"
                + " and uc.ancestor_id = :unitRoot)";
    }

    private static String statusCondition(MemberStatus status, MapSqlParameterSource params) {
        if (status == null) {
            return "";
        }
        params.addValue("status", status.name());
        return " and m.status = :status";
    }

    private static String orderBy(Sort sort) {
        StringBuilder sql = new StringBuilder();
        for (Sort.Order order : sort) {
            String column = SORTABLE.get(order.getProperty());
            if (column != null) {
                sql.append(column).append(order.isAscending() ? " asc, " : " desc, ");
            }
        }
        return sql.append(sort.isSorted() ? "m.id" : "m.name_search, m.id").toString();
    }
}
