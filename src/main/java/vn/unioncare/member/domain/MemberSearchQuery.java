package vn.unioncare.member.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.unioncare.common.CappedCount;
import vn.unioncare.common.SearchText;
import vn.unioncare.common.TwoRanges;
import vn.unioncare.member.Gender;
import vn.unioncare.member.MemberSearch;
import vn.unioncare.member.MemberStatus;
import vn.unioncare.member.MemberSummary;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.AccessScope;
import vn.unioncare.security.PersonalDataCipher;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Member search in SQL with the caller's scope in the WHERE clause: one page and one capped count, served by the
 * indexes on card number, phone hash, the folded name, its later words (V26), (org unit, folded name) and the
 * organisation closure table (docs/benchmarks.md, M3).
 */
@Component
public class MemberSearchQuery {

    private static final Map<String, String> SORTABLE = Map.of(
            "fullName", "m.name_search", "cardNumber", "m.card_number", "joinDate", "m.join_date",
            "status", "m.status", "dateOfBirth", "m.date_of_birth");

    private static final Pattern DIGIT = Pattern.compile("[0-9]");
    private static final Pattern PHONE_WRITING = Pattern.compile("[0-9+ .()-]+");
    private static final String NAME_PREFIX = "m.name_search like :namePrefix escape '\\'";
    /** The names starting with the text as a range of the name index (H2 and PostgreSQL use it for order and range). */
    private static final String NAME_RANGE = "m.name_search >= :nameFrom and m.name_search < :nameTo";
    /**
     * A later word of the name starts with the text: a range of the word index (V26), exact because the column
     * compares by character code (no LIKE on top: PostgreSQL would count its selectivity twice and, expecting few
     * matches, read the whole range where it could stop after a page).
     */
    private static final String LATER_WORD = "w.word_suffix >= :nameFrom and w.word_suffix < :nameTo";
    private static final String COLUMNS = "m.id, m.card_number, m.full_name, m.date_of_birth, m.gender,"
            + " m.phone_encrypted, m.national_id_last4, m.org_unit_id, m.status";

    private final RowMapper<MemberSummary> row;
    private final NamedParameterJdbcTemplate jdbc;
    private final OrganisationService organisation;
    private final PersonalDataCipher cipher;

    public MemberSearchQuery(NamedParameterJdbcTemplate jdbc, OrganisationService organisation,
                             PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.organisation = organisation;
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

    /**
     * One page of the members in the caller's scope that match the search, and their number counted up to
     * {@code countCap} + 1 only (a family name such as "Nguyễn" matches a third of a million members).
     */
    public Page<MemberSummary> search(MemberSearch search, AccessScope scope, Pageable page, long countCap) {
        if (!scope.all() && !scope.seesAnyUnit() && scope.ownMemberId() == null) {
            return Page.empty(page);
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        String filters = filters(search, scope, params, "m.org_unit_id", "m.id");
        if (!isName(search.text())) {
            return onePage(range("from member m where " + filters + numberCondition(search.text(), params), params,
                    orderBy(page.getSort())), page, countCap);
        }
        nameParameters(search.text(), params);
        if (page.getSort().isSorted()) {
            return onePage(range("from member m where " + filters + " and (" + NAME_PREFIX + " or exists (select 1"
                    + " from member_name_word w where w.member_id = m.id and " + LATER_WORD + "))",
                    params, orderBy(page.getSort())), page, countCap);
        }
        TwoRanges.Range<MemberSummary> startingWith = range("from member m where " + filters + " and " + NAME_RANGE
                + " and " + NAME_PREFIX, params, "m.name_search, m.id");
        TwoRanges.Range<MemberSummary> laterWord = range("from member_name_word w join member m on m.id = w.member_id"
                + " where " + LATER_WORD + " and not " + NAME_PREFIX + " and "
                + filters(search, scope, params, "w.org_unit_id", "w.member_id")
                // a member shows once, at the first of their later words that starts with the text
                + " and not exists (select 1 from member_name_word e where e.member_id = w.member_id"
                // by the primary key: the word index would make the planner read the whole range for every row
                + " and e.word_number < w.word_number and (e.word_suffix || '') like :namePrefix escape '\\')",
                params, "w.word_suffix, w.member_id");
        long total = startingWith.countUpTo(countCap);
        if (total <= countCap) {
            total += laterWord.countUpTo(countCap - total);
        }
        return total == 0 ? Page.empty(page)
                : new PageImpl<>(TwoRanges.page(startingWith, laterWord, page), page, total);
    }

    private static Page<MemberSummary> onePage(TwoRanges.Range<MemberSummary> matches, Pageable page, long countCap) {
        long total = matches.countUpTo(countCap);
        return total == 0 ? Page.empty(page)
                : new PageImpl<>(matches.slice(page.getOffset(), page.getPageSize()), page, total);
    }

    /**
     * The members of {@code fromAndWhere} in one order, as a range read page by page: names that start with the text
     * ("nguyen" → Nguyễn ...) in the order of the name index, members with a later word starting with it ("van an" →
     * Nguyễn Văn An) in the order of the word index, so that a common family name costs one index range cut at the
     * end of the page instead of sorting a third of all members.
     */
    private TwoRanges.Range<MemberSummary> range(String fromAndWhere, MapSqlParameterSource params, String orderBy) {
        return new TwoRanges.Range<>() {
            @Override
            public List<MemberSummary> slice(long offset, int limit) {
                return jdbc.query("select " + COLUMNS + " " + fromAndWhere + " order by " + orderBy
                        + " limit :limit offset :offset", new MapSqlParameterSource(params.getValues())
                        .addValue("limit", limit).addValue("offset", offset), row);
            }

            @Override
            public long countUpTo(long cap) {
                return CappedCount.count(jdbc, fromAndWhere, new MapSqlParameterSource(params.getValues()), cap);
            }
        };
    }

    /**
     * The units of the scope as one {@code exists} on the closure table, not inside an {@code or}: PostgreSQL then
     * plans it as a semi-join it can run from either side (a small subtree's members by the (org unit, name) index,
     * or the matches of a rare name checked against the hashed units of the subtree). The caller's own record is an
     * alternative only when there is one. ({@code m.org_unit_id in (select ...)} would do the same on PostgreSQL, but
     * H2 2.x miscounted it in a {@code count(*)} over a {@code limit} subquery.)
     */
    private String filters(MemberSearch search, AccessScope scope, MapSqlParameterSource params, String unitColumn,
                           String memberIdColumn) {
        return scopeCondition(scope, params, unitColumn, memberIdColumn)
                + unitCondition(search.orgUnitId(), params, unitColumn) + statusCondition(search.status(), params);
    }

    private String scopeCondition(AccessScope scope, MapSqlParameterSource params, String unitColumn,
                                  String memberIdColumn) {
        if (scope.all() || organisation.coversEveryUnit(scope.subtreeRootIds())) {
            // a city officer's scope: the closure would only make the planner drive the search from 10,000 units
            return "1 = 1";
        }
        List<String> alternatives = new ArrayList<>();
        if (!scope.subtreeRootIds().isEmpty()) {
            params.addValue("scopeRoots", scope.subtreeRootIds()).addValue("scopeUnits", scope.unitIds());
            alternatives.add("exists (select 1 from org_unit_closure sc where sc.descendant_id = " + unitColumn
                    + " and (sc.ancestor_id in (:scopeRoots)"
                    + (scope.unitIds().isEmpty() ? "" : " or sc.distance = 0 and sc.ancestor_id in (:scopeUnits)")
                    + "))");
        } else if (!scope.unitIds().isEmpty()) {
            alternatives.add(unitColumn + " in (:scopeUnits)");
            params.addValue("scopeUnits", scope.unitIds());
        }
        if (scope.ownMemberId() != null) {
            alternatives.add(memberIdColumn + " = :ownMemberId");
            params.addValue("ownMemberId", scope.ownMemberId());
        }
        return alternatives.size() == 1 ? alternatives.get(0) : "(" + String.join(" or ", alternatives) + ")";
    }

    /**
     * The search runs on one kind of index, chosen by the shape of the input: text with a digit is the start of a
     * card number ("GV-000123") or, when it is a whole phone number, its keyed hash; anything else is the start
     * of a word of the folded name, served by the name index (first word) and the word index (later words, V26).
     */
    private static boolean isName(String text) {
        return !SearchText.fold(text).isEmpty() && !DIGIT.matcher(text).find();
    }

    private static void nameParameters(String text, MapSqlParameterSource params) {
        String folded = SearchText.fold(text);
        params.addValue("namePrefix", SearchText.likePrefix(folded));
        // every name starting with the folded text lies in [text, text with its last character one higher)
        String from = folded.length() > 100 ? folded.substring(0, 100) : folded;
        params.addValue("nameFrom", from).addValue("nameTo",
                from.substring(0, from.length() - 1) + (char) (from.charAt(from.length() - 1) + 1));
    }

    private String numberCondition(String text, MapSqlParameterSource params) {
        if (text == null || !DIGIT.matcher(text).find()) {
            return "";
        }
        params.addValue("cardPrefix", SearchText.escapeLike(text.strip().toUpperCase(Locale.ROOT)) + "%");
        String phone = PHONE_WRITING.matcher(text).matches() ? PhoneNumbers.normalise(text) : null;
        if (!PhoneNumbers.isComplete(phone)) {
            return " and m.card_number like :cardPrefix escape '\\'";
        }
        // phones are stored encrypted: only a whole number can be found, through its keyed hash (V25)
        params.addValue("phoneHash", cipher.lookupHash(phone));
        return " and (m.card_number like :cardPrefix escape '\\' or m.phone_hash = :phoneHash)";
    }

    private static String unitCondition(Long orgUnitId, MapSqlParameterSource params, String unitColumn) {
        if (orgUnitId == null) {
            return "";
        }
        params.addValue("unitRoot", orgUnitId);
        return " and exists (select 1 from org_unit_closure uc where uc.descendant_id = " + unitColumn
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
