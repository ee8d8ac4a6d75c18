package vn.unioncare.jobs.domain;

import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;
import vn.unioncare.common.SearchText;
import vn.unioncare.jobs.VacancyFilter;
import vn.unioncare.jobs.VacancyView;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The vacancy list: every filter is a condition in SQL on an indexed column (the free text is a "contains" search
 * and narrows what the other conditions found), one page and one count.
 */
@Component
public class VacancySearchQuery {

    private static final Map<String, String> SORTABLE = Map.of(
            "title", "v.title_search", "employer", "e.name_search", "occupation", "v.occupation_search",
            "district", "v.district_search", "salaryMax", "v.salary_max", "seats", "v.seats",
            "closingDate", "v.closing_date", "source", "v.source", "status", "v.status", "createdAt", "v.created_at");

    private final VacancyRows rows;

    public VacancySearchQuery(VacancyRows rows) {
        this.rows = rows;
    }

    public List<VacancyView> page(VacancyFilter filter, LocalDate today, Sort sort, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return rows.list(where(filter, today, params), params, orderBy(sort), limit, offset);
    }

    public long count(VacancyFilter filter, LocalDate today) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return rows.count(where(filter, today, params), params);
    }

    private static String where(VacancyFilter filter, LocalDate today, MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder("1 = 1");
        if (filter.openOnly()) {
            params.addValue("today", Date.valueOf(today));
            sql.append(" and ").append(VacancyRows.TAKES_APPLICATIONS);
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            params.addValue("contains", "%" + SearchText.likePrefix(filter.text()));
            sql.append(" and (v.title_search like :contains escape '\\' or e.name_search like :contains escape '\\')");
        }
        if (filter.occupation() != null && !filter.occupation().isBlank()) {
            params.addValue("occupationCode", filter.occupation().strip());
            params.addValue("occupationPrefix", SearchText.likePrefix(filter.occupation()));
            sql.append(" and (v.occupation_code = :occupationCode"
                    + " or v.occupation_search like :occupationPrefix escape '\\')");
        }
        if (filter.location() != null && !filter.location().isBlank()) {
            params.addValue("locationPrefix", SearchText.likePrefix(filter.location()));
            sql.append(" and (v.district_search like :locationPrefix escape '\\'"
                    + " or v.ward_search like :locationPrefix escape '\\')");
        }
        if (filter.salaryAtLeast() != null) {
            params.addValue("salaryAtLeast", filter.salaryAtLeast());
            sql.append(" and v.salary_max >= :salaryAtLeast");
        }
        if (filter.source() != null) {
            params.addValue("source", filter.source().name());
            sql.append(" and v.source = :source");
        }
        return sql.toString();
    }

    /** The requested columns that may be sorted on, then the id so that pages never overlap. */
    private static String orderBy(Sort sort) {
        List<String> columns = sort.stream().filter(order -> SORTABLE.containsKey(order.getProperty()))
                .map(order -> SORTABLE.get(order.getProperty()) + (order.isAscending() ? " asc" : " desc"))
                .collect(Collectors.toCollection(ArrayList::new));
        if (columns.isEmpty()) {
            columns.add("v.closing_date");
        }
        columns.add("v.id");
        return String.join(", ", columns);
    }
}
